package org.o365cli.host.store;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How a process waits for the store's lock while another holds it: after {@link #NOTICE_AFTER} it says so
 * through {@code notice} (the host prints it with {@code --verbose}), and after {@code giveUpAfter} it
 * stops with an error rather than wait in silence for a process that may be stuck.
 *
 * @param giveUpAfter how long to wait in all, read when a wait begins
 * @param notice      told once that the process is waiting, with a one-line message
 */
public record LockWait(Supplier<Duration> giveUpAfter, Consumer<String> notice) {

    /** When a waiting process first says so. */
    public static final Duration NOTICE_AFTER = Duration.ofSeconds(2);

    /** Checks that both parts are present. */
    public LockWait {
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
        Objects.requireNonNull(notice, "notice");
    }

    /** Waits up to 10 minutes, silently: for code that has no user to tell. */
    public static LockWait quiet() {
        return new LockWait(() -> Duration.ofMinutes(10), message -> { });
    }
}
