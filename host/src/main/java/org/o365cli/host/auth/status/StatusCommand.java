package org.o365cli.host.auth.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.o365cli.auth.DefaultColumns;
import org.o365cli.host.auth.connect.ConnectionViews;
import org.o365cli.host.store.ConnectionStore;
import picocli.CommandLine.Command;

/** {@code o365 status}: every connection of every service, the active one of each marked, without tokens. */
@Command(name = "status", description = "List every connection of every service, marking each service's active one: "
        + "who, how, which resource, until when.",
        footer = {"", "Examples:", "  o365 status -o text", "  o365 status --query \"[?active].name\""})
@DefaultColumns({"service", "name", "active", "connectedAs", "authType", "cloud", "resource", "expiresOn"})
public final class StatusCommand implements Callable<List<Map<String, Object>>> {

    private final ConnectionStore store;

    /** @param store the connections */
    public StatusCommand(ConnectionStore store) {
        this.store = store;
    }

    @Override
    public List<Map<String, Object>> call() {
        return store.services().values().stream().flatMap(service -> service.connections().values().stream()
                .map(connection -> ConnectionViews.listed(connection, connection.name().equals(service.active())))).toList();
    }
}
