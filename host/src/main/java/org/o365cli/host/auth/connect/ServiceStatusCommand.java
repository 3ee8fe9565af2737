package org.o365cli.host.auth.connect;

import java.util.Map;
import java.util.concurrent.Callable;
import org.o365cli.auth.NotConnectedException;
import org.o365cli.host.store.ConnectionStore;
import picocli.CommandLine.Command;

/** {@code o365 <service> status}: the service's connection, without tokens. */
@Command(name = "status", description = "Show this service's connection: who, how, which resource, until when.",
        footer = {"", "Example:", "  o365 spo status -o text"})
public final class ServiceStatusCommand implements Callable<Map<String, Object>> {

    private final String service;
    private final ConnectionStore store;

    /**
     * @param service the service
     * @param store   the connections
     */
    public ServiceStatusCommand(String service, ConnectionStore store) {
        this.service = service;
        this.store = store;
    }

    @Override
    public Map<String, Object> call() {
        return store.get(service).map(ConnectionViews::of).orElseThrow(() -> new NotConnectedException(service));
    }
}
