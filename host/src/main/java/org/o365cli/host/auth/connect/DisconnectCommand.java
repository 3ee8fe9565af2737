package org.o365cli.host.auth.connect;

import java.util.concurrent.Callable;
import org.o365cli.host.store.ConnectionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code o365 <service> disconnect}: forgets the service's active connection, or the one named; the others stay. */
@Command(name = "disconnect", description = "Forget this service's active connection (or the one --name names) and its "
        + "tokens; its other connections and other services stay connected.",
        footer = {"", "Examples:", "  o365 spo disconnect", "  o365 spo disconnect --name fabrikam"})
public final class DisconnectCommand implements Callable<Object> {

    @Option(names = "--name", paramLabel = "<name>", description = "The connection to forget; default: the active one.")
    String name;

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
        if (name != null) {
            store.remove(service, name.trim());
        } else {
            store.remove(service);
        }
        return null;
    }
}
