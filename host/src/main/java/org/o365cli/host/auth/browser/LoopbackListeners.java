package org.o365cli.host.auth.browser;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP servers on one port of both loopback addresses. The redirect URI names {@code localhost}
 * (what app registrations list, and Azure AD ignores the port of a loopback redirect URI), and a
 * browser may resolve {@code localhost} to {@code ::1} first: listening only on 127.0.0.1 left such
 * a browser with "connection refused" after a successful sign-in.
 */
final class LoopbackListeners implements AutoCloseable {

    // Another program may hold the random IPv4 port on ::1; a few fresh ports are enough.
    private static final int ATTEMPTS = 5;

    private final List<HttpServer> servers;

    private LoopbackListeners(List<HttpServer> servers) {
        this.servers = servers;
    }

    /**
     * @param handler takes every request on either address
     * @return started servers: 127.0.0.1 and ::1 on one random port, or 127.0.0.1 alone where this
     *         machine has no IPv6 loopback
     * @throws IOException when not even 127.0.0.1 can be listened on
     */
    static LoopbackListeners start(HttpHandler handler) throws IOException {
        InetAddress v4 = InetAddress.getByName("127.0.0.1");
        InetAddress v6 = InetAddress.getByName("::1");
        for (int attempt = 1; ; attempt++) {
            HttpServer first = HttpServer.create(new InetSocketAddress(v4, 0), 0);
            List<HttpServer> servers = new ArrayList<>(List.of(first));
            try {
                servers.add(HttpServer.create(new InetSocketAddress(v6, first.getAddress().getPort()), 0));
            } catch (IOException e) {
                if (attempt < ATTEMPTS && ipv6LoopbackWorks(v6)) {
                    first.stop(0);
                    continue;
                }
            }
            servers.forEach(server -> {
                server.createContext("/", handler);
                server.start();
            });
            return new LoopbackListeners(List.copyOf(servers));
        }
    }

    /** The port both servers listen on. */
    int port() {
        return servers.get(0).getAddress().getPort();
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
    }

    private static boolean ipv6LoopbackWorks(InetAddress v6) {
        try {
            HttpServer.create(new InetSocketAddress(v6, 0), 0).stop(0);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
