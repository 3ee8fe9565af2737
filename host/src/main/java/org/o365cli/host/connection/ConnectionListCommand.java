package org.o365cli.host.connection;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.o365cli.auth.DefaultColumns;
import org.o365cli.host.auth.connect.ConnectionViews;
import org.o365cli.host.store.ConnectionStore;
import org.o365cli.host.store.ServiceConnections;
import picocli.CommandLine.Command;

/** {@code o365 <service> connection list}: the service's connections, the active one marked. */
@Command(name = "list", description = "List this service's connections, marking the active one; never a token.",
        footer = {"", "Examples:", "  o365 graph connection list -o text", "  o365 graph connection list --query \"[?active].name | [0]\""})
@DefaultColumns({"name", "active", "connectedAs", "authType", "tenant", "cloud", "expiresOn"})
public final class ConnectionListCommand implements Callable<List<Map<String, Object>>> {

    private final String service;
    private final ConnectionStore store;

    /**
     * @param service the service
     * @param store   the connections
     */
    public ConnectionListCommand(String service, ConnectionStore store) {
        this.service = service;
        this.store = store;
    }

    @Override
    public List<Map<String, Object>> call() {
        ServiceConnections connections = store.services().get(service);
        if (connections == null) {
            return List.of();
        }
        return connections.connections().values().stream()
                .map(c -> ConnectionViews.listed(c, c.name().equals(connections.active()))).toList();
    }
}
