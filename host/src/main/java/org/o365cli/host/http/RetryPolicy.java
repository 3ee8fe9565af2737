package org.o365cli.host.http;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When to retry and how long to wait: the server's {@code Retry-After} (seconds or an HTTP date)
 * when it gives one, else exponential backoff with full jitter (a random wait up to
 * {@code min(30 s, 1 s * 2^retry)}).
 */
final class RetryPolicy {

    static final Duration BASE = Duration.ofSeconds(1);
    static final Duration CAP = Duration.ofSeconds(30);

    private final int maxRetries;
    private final Duration maxWait;
    private final Clock clock;
    private final DoubleSupplier jitter;

    RetryPolicy(HttpSettings settings, Clock clock) {
        this(settings.maxRetries(), settings.maxRetryWait(), clock, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** @param jitter gives a number in [0, 1) for each backoff */
    RetryPolicy(int maxRetries, Duration maxWait, Clock clock, DoubleSupplier jitter) {
        this.maxRetries = maxRetries;
        this.maxWait = maxWait;
        this.clock = clock;
        this.jitter = jitter;
    }

    int maxRetries() {
        return maxRetries;
    }

    Duration maxWait() {
        return maxWait;
    }

    /**
     * Whether to send the request again after this answer. 429 Too Many Requests means it was not
     * processed, and so does a 503 Service Unavailable with {@code Retry-After}; a 503 without it
     * and a 504 Gateway Timeout leave that open, so only idempotent methods are sent again then.
     */
    boolean mayRetry(HttpResponse<?> response) {
        int status = response.statusCode();
        if (status == 429) {
            return true;
        }
        if (status != 503 && status != 504) {
            return false;
        }
        return Failures.isIdempotent(response.request().method()) || status == 503 && retryAfter(response).isPresent();
    }

    /** The wait before retry number {@code retry} (0 for the first) after this response. */
    Duration delay(int retry, HttpResponse<?> response) {
        return retryAfter(response).orElseGet(() -> backoff(retry));
    }

    /** A random wait up to {@code min(CAP, BASE * 2^retry)}. */
    Duration backoff(int retry) {
        long ceiling = Math.min(CAP.toMillis(), BASE.toMillis() << Math.min(retry, 20));
        return Duration.ofMillis(Math.min(ceiling, (long) (jitter.getAsDouble() * (ceiling + 1))));
    }

    Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> value = response.headers().firstValue("Retry-After").map(String::trim);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get().matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.get())));
        }
        try {
            Duration until = Duration.between(clock.instant(),
                    ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
