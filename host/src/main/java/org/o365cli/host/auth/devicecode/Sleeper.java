package org.o365cli.host.auth.devicecode;

import java.time.Duration;
import org.o365cli.auth.O365Exception;

/** Waits between polls; tests pass one that only moves a fake clock. */
@FunctionalInterface
public interface Sleeper {

    /**
     * @param duration how long to wait
     * @throws O365Exception "Sign-in cancelled" when the thread is interrupted
     */
    void sleep(Duration duration);

    /** Sleeps the current thread. */
    static Sleeper system() {
        return duration -> {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new O365Exception("Sign-in cancelled", e);
            }
        };
    }
}
