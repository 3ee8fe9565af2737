package org.o365cli.host.auth.status;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.o365cli.host.store.ConnectionStore;
import picocli.CommandLine.Command;

/** {@code o365 logout}: forgets every connection. */
@Command(name = "logout", description = "Disconnect every service: forget all connections and their tokens.",
        footer = {"", "Example:", "  o365 logout"})
public final class LogoutCommand implements Callable<Object> {

    private final ConnectionStore store;
    private final PrintWriter err;

    /**
     * @param store the connections
     * @param err   stderr, to name the corrupt copies removed
     */
    public LogoutCommand(ConnectionStore store, PrintWriter err) {
        this.store = store;
        this.err = err;
    }

    @Override
    public Object call() {
        for (Path removed : store.removeAll()) {
            err.println("Removed " + removed + ", a copy of a corrupt connections file that may hold tokens");
        }
        err.flush();
        return null;
    }
}
