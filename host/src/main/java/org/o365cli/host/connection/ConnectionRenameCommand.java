package org.o365cli.host.connection;

import java.util.Map;
import java.util.concurrent.Callable;
import org.o365cli.host.auth.connect.ConnectionViews;
import org.o365cli.host.store.ConnectionStore;
import org.o365cli.host.store.StoredConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code o365 <service> connection rename <old> <new>}: gives a connection another name; it stays active if it was. */
@Command(name = "rename", description = "Give a connection another name; it stays active if it was.",
        footer = {"", "Example:", "  o365 graph connection rename admin@contoso.onmicrosoft.com contoso"})
public final class ConnectionRenameCommand implements Callable<Map<String, Object>> {

    @Parameters(index = "0", paramLabel = "<old>", description = "The connection's name now.")
    String from;

    @Parameters(index = "1", paramLabel = "<new>", description = "Its new name: letters, digits and . _ @ -, up to 64.")
    String to;

    private final String service;
    private final ConnectionStore store;

    /**
     * @param service the service
     * @param store   the connections
     */
    public ConnectionRenameCommand(String service, ConnectionStore store) {
        this.service = service;
        this.store = store;
    }

    @Override
    public Map<String, Object> call() {
        StoredConnection renamed = store.rename(service, from.trim(), to.trim());
        return ConnectionViews.listed(renamed, store.get(service).map(c -> c.name().equals(renamed.name())).orElse(false));
    }
}
