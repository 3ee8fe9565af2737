package org.o365cli.host.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import org.o365cli.auth.O365Exception;

/** Buffers a request's body, so that it can be traced and sent again on a retry. */
final class RequestBodies {

    private static final byte[] NONE = new byte[0];

    private RequestBodies() {
    }

    /** The bytes a request's body publisher produces; empty when it has no body. */
    static byte[] read(HttpRequest request) {
        return request.bodyPublisher().filter(p -> p.contentLength() != 0).map(RequestBodies::read).orElse(NONE);
    }

    private static byte[] read(HttpRequest.BodyPublisher publisher) {
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<ByteBuffer>() {
            private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }

            @Override
            public void onError(Throwable failure) {
                result.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                result.complete(bytes.toByteArray());
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new O365Exception("Could not read the request body: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new O365Exception("Interrupted while reading the request body", e);
        }
    }
}
