package org.o365cli.host.auth.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.o365cli.auth.DefaultColumns;
import org.o365cli.host.auth.connect.ConnectionViews;
import org.o365cli.host.store.ConnectionStore;
import picocli.CommandLine.Command;

/** {@code o365 status}: every connection, without tokens. */
@Command(name = "status", description = "List every service's connection: who, how, which resource, until when.",
        footer = {"", "Example:", "  o365 status -o text"})
@DefaultColumns({"service", "connectedAs", "authType", "cloud", "resource", "expiresOn"})
public final class StatusCommand implements Callable<List<Map<String, Object>>> {

    private final ConnectionStore store;

    /** @param store the connections */
    public StatusCommand(ConnectionStore store) {
        this.store = store;
    }

    @Override
    public List<Map<String, Object>> call() {
        return store.all().stream().map(ConnectionViews::of).toList();
    }
}
