package org.o365cli.host.sandbox.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLSocket;
import org.o365cli.sandbox.Sandbox;
import org.o365cli.sandbox.SandboxRequest;
import org.o365cli.sandbox.SandboxResponse;

/**
 * The sandbox on loopback for any HTTP client: an HTTPS proxy whose {@code CONNECT} tunnels to the
 * sandbox's hosts end in TLS with a certificate from the sandbox's CA, then go to the in-process
 * sandbox; requests sent to the proxy itself go to the sign-in endpoints. Tunnels to other hosts
 * are refused: nothing is forwarded to the network.
 */
public final class ProxyServer implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 60_000;

    private final Sandbox sandbox;
    private final Certificates certificates;
    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "sandbox-serve");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Listens on loopback.
     *
     * @param sandbox the sandbox
     * @param folder  where the CA is kept ({@code $O365_HOME/sandbox})
     * @param port    the port, 0 for any free one
     * @throws IOException when the port can't be bound
     */
    public ProxyServer(Sandbox sandbox, Path folder, int port) throws IOException {
        this.sandbox = sandbox;
        this.certificates = Certificates.in(folder);
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        connections.submit(this::accept);
    }

    /** The port it listens on. */
    public int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setSoTimeout(TIMEOUT_MILLIS);
                connections.submit(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            Optional<HttpWire.Request> first = HttpWire.read(socket.getInputStream());
            if (first.isEmpty()) {
                return;
            }
            if (!first.get().method().equals("CONNECT")) {
                answer(first.get(), "https://" + Sandbox.LOGIN_HOST, socket.getInputStream(), socket.getOutputStream());
                return;
            }
            String host = first.get().target().replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
            OutputStream out = socket.getOutputStream();
            if (!Sandbox.serves(host) || !first.get().target().endsWith(":443")) {
                out.write(("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                return;
            }
            out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            SSLSocket tls = (SSLSocket) certificates.forHost(host).getSocketFactory()
                    .createSocket(socket, socket.getInputStream(), true);
            tls.setUseClientMode(false);
            tls.startHandshake();
            try (tls) {
                Optional<HttpWire.Request> request = HttpWire.read(tls.getInputStream());
                while (request.isPresent()) {
                    if (!respond(request.get(), "https://" + host, tls.getOutputStream())) {
                        return;
                    }
                    request = HttpWire.read(tls.getInputStream());
                }
            }
        } catch (IOException | RuntimeException e) {
            // The client went away or sent something that is not HTTP: the connection ends.
        }
    }

    private void answer(HttpWire.Request first, String origin, InputStream in, OutputStream out) throws IOException {
        Optional<HttpWire.Request> request = Optional.of(first);
        while (request.isPresent() && respond(request.get(), origin, out)) {
            request = HttpWire.read(in);
        }
    }

    private boolean respond(HttpWire.Request request, String origin, OutputStream out) throws IOException {
        URI uri = URI.create(request.target().startsWith("/") ? origin + request.target() : request.target());
        SandboxResponse response = sandbox.handle(new SandboxRequest(request.method(), uri, request.headers(), request.body()));
        HttpWire.write(out, response);
        return !request.header("Connection").map(v -> v.equalsIgnoreCase("close")).orElse(false);
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}
