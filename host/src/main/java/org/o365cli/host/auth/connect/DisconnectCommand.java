package org.o365cli.host.auth.connect;

import java.util.concurrent.Callable;
import org.o365cli.host.store.ConnectionStore;
import picocli.CommandLine.Command;

/** {@code o365 <service> disconnect}: forgets the service's connection; the others stay. */
@Command(name = "disconnect", description = "Forget this service's connection and its tokens; other services stay connected.",
        footer = {"", "Example:", "  o365 spo disconnect"})
public final class DisconnectCommand implements Callable<Object> {

    private final String service;
    private final ConnectionStore store;

    /**
     * @param service the service
     * @param store   the connections
     */
    public DisconnectCommand(String service, ConnectionStore store) {
        this.service = service;
        this.store = store;
    }

    @Override
    public Object call() {
        store.remove(service);
        return null;
    }
}
