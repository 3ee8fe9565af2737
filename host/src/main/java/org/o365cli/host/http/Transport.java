package org.o365cli.host.http;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Carries one attempt of a request: over the network, or to a service running in this process
 * (the sandbox tenant). Everything above it (retries, redirects, tracing, redaction) is the same
 * for both. It answers with a future so that the one waiting for it bounds the whole exchange, the
 * body included, and can cancel it.
 */
public interface Transport {

    /**
     * @param request the request, its body already a byte array publisher
     * @param body    the same body
     * @return the response, whatever its status; it completes exceptionally with an {@code IOException}
     *         when the server can't be reached
     */
    CompletableFuture<HttpResponse<byte[]>> send(HttpRequest request, byte[] body);
}
