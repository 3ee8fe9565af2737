package org.o365cli.host.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.auth.O365Exception;

/**
 * Several stores on one home in one JVM, as a resident runtime has when it runs several commands at once:
 * one that gives up waiting must not drop the lock another holds, since on POSIX systems closing any
 * channel on the lock file releases the process's lock.
 */
@Timeout(60)
class StoreLockSharedTest {

    @TempDir
    Path home;

    @Test
    void aStoreGivingUpLeavesTheLockOfAnotherStoreOfTheJvmHeldAgainstOtherProcesses() throws Exception {
        ConnectionStore holder = StoreSamples.store(home);
        ConnectionStore waiter = new ConnectionStore(home, StoreSamples.json(),
                new LockWait(() -> Duration.ofMillis(300), message -> { }));
        holder.put(StoreSamples.spo());
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> held = CompletableFuture.runAsync(() -> holder.withLock("spo", current -> {
            holding.countDown();
            await(release);
            return LockedAction.Outcome.keep(null);
        }));
        assertTrue(holding.await(20, TimeUnit.SECONDS));

        O365Exception stuck = assertThrows(O365Exception.class, () -> waiter.put(StoreSamples.graph("graph")));
        assertTrue(stuck.getMessage().contains("locked for more than"), stuck.getMessage());
        assertEquals("held", probe(home.resolve("connections.json.lock")), "another process still finds it locked");

        release.countDown();
        held.get(20, TimeUnit.SECONDS);
        assertEquals("taken", probe(home.resolve("connections.json.lock")));
    }

    private static String probe(Path lockFile) throws Exception {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                LockProbe.class.getName(), lockFile.toString())).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.waitFor(), out);
        return out;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
