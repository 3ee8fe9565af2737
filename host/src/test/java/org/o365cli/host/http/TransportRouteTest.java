package org.o365cli.host.http;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class TransportRouteTest {

    private final Transport network = (request, body) -> new CompletableFuture<>();
    private final Transport sandbox = (request, body) -> new CompletableFuture<>();

    @Test
    void everyHostUsesTheNetworkUntilASandboxConnectionIsUsed() {
        TransportRoute route = new TransportRoute(() -> sandbox);
        assertSame(network, route.pick(network, "graph.microsoft.com"));
        assertSame(network, route.pick(network, "hr.contoso.com"));
    }

    @Test
    void onASandboxConnectionTheTenantsHostsStayInProcessAndARegisteredApisHostGoesOut() {
        TransportRoute route = new TransportRoute(() -> sandbox);
        route.useSandbox();
        assertSame(sandbox, route.pick(network, "login.microsoftonline.com"));
        assertSame(sandbox, route.pick(network, "graph.microsoft.com"));
        assertSame(sandbox, route.pick(network, "contoso-admin.sharepoint.com"));
        assertSame(network, route.pick(network, "hr.contoso.com"));
    }
}
