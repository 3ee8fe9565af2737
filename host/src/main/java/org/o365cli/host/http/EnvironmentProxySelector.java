package org.o365cli.host.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;

/**
 * Chooses the proxy for a URI from {@link HttpSettings}: {@code HTTPS_PROXY} for https,
 * {@code HTTP_PROXY} for http, none for hosts {@code NO_PROXY} or the loopback rule exempts.
 */
public final class EnvironmentProxySelector extends ProxySelector {

    private final HttpSettings settings;

    /** @param settings where the proxies and exemptions come from */
    public EnvironmentProxySelector(HttpSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Proxy> select(URI uri) {
        return settings.proxyFor(uri)
                .map(p -> List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(p.host(), p.port()))))
                .orElse(List.of(Proxy.NO_PROXY));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress proxy, IOException failure) {
        // There is no other proxy to fall back to; the failure reaches the caller as it is.
    }
}
