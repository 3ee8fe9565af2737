package org.o365cli.host.http;

import java.time.Duration;

/** Waits between retries; tests pass one that records the wait instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for the given time.
     *
     * @param duration how long to wait
     * @throws InterruptedException when the waiting thread is interrupted
     */
    void sleep(Duration duration) throws InterruptedException;

    /** A sleeper that really sleeps. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
