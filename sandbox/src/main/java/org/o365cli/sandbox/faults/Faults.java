package org.o365cli.sandbox.faults;

import java.util.List;
import java.util.Set;

/**
 * The failures the sandbox injects, like Microsoft's Dev Proxy: a share of API calls fails with
 * one of the given statuses; throttling answers carry {@code Retry-After}.
 *
 * @param failureRate   the percentage of calls that fail, 0 to 100
 * @param errors        the statuses to fail with, drawn at random: 429, 500, 503, 504
 * @param retryAfter    the {@code Retry-After} seconds of 429 and 503 answers
 * @param latencyMillis a delay added to every call
 * @param includeSignIn whether sign-in requests fail too
 */
public record Faults(int failureRate, List<Integer> errors, int retryAfter, int latencyMillis, boolean includeSignIn) {

    /** The statuses the sandbox can inject. */
    public static final Set<Integer> STATUSES = Set.of(429, 500, 503, 504);
    /** The most {@code Retry-After} and latency the sandbox accepts, so a mistake can't hang a client. */
    public static final int MAX_SECONDS = 600;

    /** No faults. */
    public static final Faults NONE = new Faults(0, List.of(429), 1, 0, false);

    /** Checks every value is in range. */
    public Faults {
        errors = List.copyOf(errors);
        if (failureRate < 0 || failureRate > 100) {
            throw new IllegalArgumentException("--failureRate must be between 0 and 100, not " + failureRate);
        }
        if (errors.isEmpty() || !STATUSES.containsAll(errors)) {
            throw new IllegalArgumentException("--errors takes statuses among 429, 500, 503, 504, not " + errors);
        }
        if (retryAfter < 0 || retryAfter > MAX_SECONDS) {
            throw new IllegalArgumentException("--retryAfter must be between 0 and " + MAX_SECONDS + " seconds, not " + retryAfter);
        }
        if (latencyMillis < 0 || latencyMillis > MAX_SECONDS * 1000) {
            throw new IllegalArgumentException("--latency must be between 0 and " + MAX_SECONDS * 1000 + " ms, not "
                    + latencyMillis);
        }
    }
}
