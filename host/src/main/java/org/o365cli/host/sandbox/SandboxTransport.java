package org.o365cli.host.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.net.ssl.SSLSession;
import org.o365cli.host.http.Transport;
import org.o365cli.sandbox.Sandbox;
import org.o365cli.sandbox.SandboxRequest;
import org.o365cli.sandbox.SandboxResponse;

/** The {@link Transport} of sandbox connections: each attempt is answered by the in-process {@link Sandbox}. */
public final class SandboxTransport implements Transport {

    private final Supplier<Sandbox> sandbox;

    /** @param sandbox the sandbox of this {@code O365_HOME}, made on first use */
    public SandboxTransport(Supplier<Sandbox> sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public CompletableFuture<HttpResponse<byte[]>> send(HttpRequest request, byte[] body) {
        // On another thread, so that an injected latency is bounded by the request's deadline as a slow server's is.
        return CompletableFuture.supplyAsync(() -> new Answer(request, sandbox.get().handle(
                new SandboxRequest(request.method(), request.uri(), request.headers().map(), body))));
    }

    private record Answer(HttpRequest request, SandboxResponse answer) implements HttpResponse<byte[]> {

        @Override
        public int statusCode() {
            return answer.status();
        }

        @Override
        public Optional<HttpResponse<byte[]>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return HttpHeaders.of(answer.headers(), (name, value) -> true);
        }

        @Override
        public byte[] body() {
            return answer.body();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
