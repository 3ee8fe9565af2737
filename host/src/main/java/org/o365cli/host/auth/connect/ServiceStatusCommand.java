package org.o365cli.host.auth.connect;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.o365cli.host.store.ConnectionStore;
import picocli.CommandLine.Command;

/** {@code o365 <service> status}: the service's active connection (or the one {@code --connection} names), without tokens. */
@Command(name = "status", description = "Show this service's active connection (or the one --connection names): "
        + "who, how, which resource, until when.",
        footer = {"", "Examples:", "  o365 spo status -o text", "  o365 spo status --connection fabrikam"})
public final class ServiceStatusCommand implements Callable<Map<String, Object>> {

    private final String service;
    private final ConnectionStore store;
    private final Supplier<String> chosen;

    /**
     * @param service the service
     * @param store   the connections
     * @param chosen  the connection named with {@code --connection}, or null for the active one
     */
    public ServiceStatusCommand(String service, ConnectionStore store, Supplier<String> chosen) {
        this.service = service;
        this.store = store;
        this.chosen = chosen;
    }

    @Override
    public Map<String, Object> call() {
        return ConnectionViews.of(store.require(service, chosen.get()));
    }
}
