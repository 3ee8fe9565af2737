package org.o365cli.host.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import org.o365cli.auth.Cancellation;

/** Set once when the user presses Ctrl-C (the JVM then runs its shutdown hooks). */
public final class CancellationFlag implements Cancellation {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** Marks the run as cancelled. */
    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }
}
