package org.o365cli.host.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.o365cli.auth.O365Exception;

/** One attempt: sends a request once and traces it. */
final class Exchange {

    private final Transport network;
    private final TransportRoute route;
    private final HttpTrace trace;
    private final Clock clock;

    Exchange(HttpClient client, TransportRoute route, HttpTrace trace, Clock clock, long maxBodyBytes) {
        this.network = (request, body) -> client.sendAsync(request, BodyLimit.handler(maxBodyBytes));
        this.route = route;
        this.trace = trace;
        this.clock = clock;
    }

    /**
     * @param request the request, its body already a byte array publisher
     * @param body    the same body, for the trace
     * @param timeout the most time for the whole exchange, the response body included: the JDK's own
     *                request timeout stops at the headers, so a server trickling its body would not be bounded
     */
    HttpResponse<byte[]> send(HttpRequest request, byte[] body, Duration timeout) throws IOException {
        trace.request(request, body);
        Instant start = clock.instant();
        CompletableFuture<HttpResponse<byte[]>> exchange = route.pick(network, request.uri().getHost()).send(request, body);
        try {
            HttpResponse<byte[]> response = exchange.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
            trace.response(response, Duration.between(start, clock.instant()));
            return response;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw failed(request, exchange, start, e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
        } catch (TimeoutException e) {
            throw failed(request, exchange, start, new HttpTimeoutException("request timed out"));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new O365Exception("Interrupted while waiting for " + request.uri().getHost(), e);
        }
    }

    private IOException failed(HttpRequest request, CompletableFuture<?> exchange, Instant start, IOException failure) {
        // Cancelling the future aborts the exchange and closes its connection (JDK 16 and later).
        exchange.cancel(true);
        trace.failure(request, failure, Duration.between(start, clock.instant()));
        return failure;
    }
}
