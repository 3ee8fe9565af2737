package org.o365cli.host.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import org.o365cli.host.store.LockedAction.Outcome;

/**
 * One o365-like process racing others for the store, started by {@link ConnectionStoreProcessesTest}.
 * It prints {@code ready}, waits for the start file so that all contenders begin together, does
 * its one change and prints the result.
 *
 * <p>Arguments: {@code renew <home> <start file> <requests log>} renews the expired spo token the
 * way the auth core will: inside withLock, and only if it is still expired there, each renewal
 * appending a line to the requests log. {@code put <home> <start file> <service>} stores a
 * connection for its own service. {@code hold <home> <start file> <seconds>} holds the lock that long, as a
 * process stuck in a token request would, after printing {@code holding}.
 */
public final class StoreContender {

    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private StoreContender() {
    }

    public static void main(String[] args) throws Exception {
        ConnectionStore store = StoreSamples.store(Path.of(args[1]));
        store.all(); // Load Jackson and the store before the start, so that the race is on the lock.
        System.out.println("ready");
        System.out.flush();
        awaitStart(Path.of(args[2]));
        switch (args[0]) {
            case "renew" -> System.out.println(renew(store, Path.of(args[3])));
            case "hold" -> store.withLock("spo", current -> {
                System.out.println("holding");
                System.out.flush();
                sleep(Duration.ofSeconds(Long.parseLong(args[3])));
                return Outcome.keep(null);
            });
            case "put" -> {
                store.put(StoreSamples.graph(args[3]));
                System.out.println("stored " + args[3]);
            }
            default -> throw new IllegalArgumentException("Unknown mode " + args[0]);
        }
    }

    private static void awaitStart(Path start) throws InterruptedException {
        Instant deadline = Instant.now().plus(LONGEST_WAIT);
        while (!Files.exists(start)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("No start file after " + LONGEST_WAIT);
            }
            Thread.sleep(5);
        }
    }

    private static String renew(ConnectionStore store, Path requests) {
        return store.withLock("spo", current -> {
            StoredConnection connection = current.orElseThrow();
            if (connection.expiresOn().isAfter(Instant.now())) {
                return Outcome.keep(connection.accessToken());
            }
            String fresh = "eyJfresh-" + ProcessHandle.current().pid();
            try {
                Files.writeString(requests, ProcessHandle.current().pid() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                Thread.sleep(200); // the token request
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return Outcome.replace(connection.withTokens(fresh, Instant.now().plusSeconds(3600), null), fresh);
        });
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
