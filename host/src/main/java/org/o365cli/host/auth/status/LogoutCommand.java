package org.o365cli.host.auth.status;

import java.util.concurrent.Callable;
import org.o365cli.host.store.ConnectionStore;
import picocli.CommandLine.Command;

/** {@code o365 logout}: forgets every connection. */
@Command(name = "logout", description = "Disconnect every service: forget all connections and their tokens.",
        footer = {"", "Example:", "  o365 logout"})
public final class LogoutCommand implements Callable<Object> {

    private final ConnectionStore store;

    /** @param store the connections */
    public LogoutCommand(ConnectionStore store) {
        this.store = store;
    }

    @Override
    public Object call() {
        store.removeAll();
        return null;
    }
}
