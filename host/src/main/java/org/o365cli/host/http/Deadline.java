package org.o365cli.host.http;

import java.time.Duration;

/**
 * The time one request of a command may take, its attempts, retry waits and redirects together
 * ({@code O365_HTTP_DEADLINE_SECONDS}), so that a silent server fails the command within a known bound.
 * Time on the network is measured; waits are counted as asked, so a test's sleeper that only
 * records them is charged the same as a real one.
 */
final class Deadline {

    private final Duration budget;
    private Duration spent = Duration.ZERO;

    Deadline(Duration budget) {
        this.budget = budget;
    }

    Duration budget() {
        return budget;
    }

    Duration spent() {
        return spent;
    }

    /** What is left; zero or less once the budget is used up. */
    Duration left() {
        return budget.minus(spent);
    }

    /** Whether waiting this long, and then trying again, still fits. */
    boolean allows(Duration wait) {
        return spent.plus(wait).compareTo(budget) < 0;
    }

    void spend(Duration time) {
        spent = spent.plus(time);
    }

    /** Runs one attempt, charging its time on the network. */
    <T, E extends Exception> T measure(Attempt<T, E> attempt) throws E {
        long start = System.nanoTime();
        try {
            return attempt.run();
        } finally {
            spend(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    @FunctionalInterface
    interface Attempt<T, E extends Exception> {
        T run() throws E;
    }
}
