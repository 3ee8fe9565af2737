package org.o365cli.host.connection;

import java.util.Map;
import java.util.concurrent.Callable;
import org.o365cli.host.auth.connect.ConnectionViews;
import org.o365cli.host.store.ConnectionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code o365 <service> connection use <name>}: makes a connection the service's active one. */
@Command(name = "use", description = "Make this connection the one the service's commands use from now on.",
        footer = {"", "Examples:", "  o365 graph connection use fabrikam",
                "  o365 graph connection use admin@contoso.onmicrosoft.com -o none"})
public final class ConnectionUseCommand implements Callable<Map<String, Object>> {

    @Parameters(index = "0", paramLabel = "<name>", description = "The connection's name, as 'connection list' shows it.")
    String name;

    private final String service;
    private final ConnectionStore store;

    /**
     * @param service the service
     * @param store   the connections
     */
    public ConnectionUseCommand(String service, ConnectionStore store) {
        this.service = service;
        this.store = store;
    }

    @Override
    public Map<String, Object> call() {
        return ConnectionViews.listed(store.use(service, name.trim()), true);
    }
}
