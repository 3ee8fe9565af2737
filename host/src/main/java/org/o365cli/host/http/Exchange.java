package org.o365cli.host.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.o365cli.auth.O365Exception;

/** One attempt: sends a request once and traces it. */
final class Exchange {

    private final Transport network;
    private final TransportRoute route;
    private final HttpTrace trace;
    private final Clock clock;

    Exchange(HttpClient client, TransportRoute route, HttpTrace trace, Clock clock) {
        this.network = (request, body) -> client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        this.route = route;
        this.trace = trace;
        this.clock = clock;
    }

    /**
     * @param request the request, its body already a byte array publisher
     * @param body    the same body, for the trace
     */
    HttpResponse<byte[]> send(HttpRequest request, byte[] body) throws IOException {
        trace.request(request, body);
        Instant start = clock.instant();
        try {
            HttpResponse<byte[]> response = route.pick(network).send(request, body);
            trace.response(response, Duration.between(start, clock.instant()));
            return response;
        } catch (IOException e) {
            trace.failure(request, e, Duration.between(start, clock.instant()));
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new O365Exception("Interrupted while waiting for " + request.uri().getHost(), e);
        }
    }
}
