package org.o365cli.host.http;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body into memory up to a limit ({@code O365_HTTP_MAX_BODY_MIB}): a larger one,
 * declared by {@code Content-Length} or found while reading, is dropped and the exchange fails with
 * {@link TooLarge}, so that a hostile or broken server cannot exhaust the heap.
 */
final class BodyLimit implements HttpResponse.BodySubscriber<byte[]> {

    /** The body passed the limit; never retried. */
    static final class TooLarge extends IOException {
        private final long limit;

        TooLarge(long limit) {
            super("the answer is larger than " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }

    private final HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final long limit;
    private final long declared;
    private long received;
    private Flow.Subscription subscription;

    private BodyLimit(long limit, long declared) {
        this.limit = limit;
        this.declared = declared;
        bytes.getBody().whenComplete((body, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(body);
            }
        });
    }

    /** A handler that reads bodies up to {@code limit} bytes. */
    static HttpResponse.BodyHandler<byte[]> handler(long limit) {
        return info -> new BodyLimit(limit, info.headers().firstValueAsLong("content-length").orElse(-1));
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (declared > limit) {
            subscription.cancel();
            result.completeExceptionally(new TooLarge(limit));
            return;
        }
        bytes.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        received += items.stream().mapToLong(ByteBuffer::remaining).sum();
        if (received > limit) {
            subscription.cancel();
            result.completeExceptionally(new TooLarge(limit));
            return;
        }
        bytes.onNext(items);
    }

    @Override
    public void onError(Throwable failure) {
        bytes.onError(failure);
    }

    @Override
    public void onComplete() {
        bytes.onComplete();
    }
}
