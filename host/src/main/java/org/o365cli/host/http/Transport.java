package org.o365cli.host.http;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Carries one attempt of a request: over the network, or to a service running in this process
 * (the sandbox tenant). Everything above it (retries, redirects, tracing, redaction) is the same
 * for both.
 */
public interface Transport {

    /**
     * @param request the request, its body already a byte array publisher
     * @param body    the same body
     * @return the response, whatever its status
     * @throws IOException          when the server can't be reached
     * @throws InterruptedException when the wait is interrupted
     */
    HttpResponse<byte[]> send(HttpRequest request, byte[] body) throws IOException, InterruptedException;
}
