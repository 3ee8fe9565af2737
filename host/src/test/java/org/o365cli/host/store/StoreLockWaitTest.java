package org.o365cli.host.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;

/** A process that finds the store locked by a stuck one says so with --verbose, and gives up after a bound. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StoreLockWaitTest {

    @TempDir
    Path root;

    private Process holder;

    @AfterEach
    void stopHolder() {
        if (holder != null) {
            holder.destroyForcibly();
        }
    }

    /** Another process holds the lock for a minute, as one stuck on a silent token endpoint would. */
    private CliRunner lockedStore() throws IOException {
        CliRunner o365 = new CliRunner(root);
        Files.createDirectories(o365.home());
        Path start = Files.createFile(root.resolve("start"));
        holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                StoreContender.class.getName(), "hold", o365.home().toString(), start.toString(), "60"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("ready", out.readLine());
        assertEquals("holding", out.readLine());
        return o365;
    }

    @Test
    void aWaitingProcessSaysSoWithVerboseAndGivesUpAfterTheBound() throws IOException {
        CliRunner o365 = lockedStore().withEnvironment(Map.of("O365_LOCK_WAIT_SECONDS", "4"));

        long start = System.nanoTime();
        Result result = o365.run("logout", "--verbose");
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();

        assertEquals(1, result.exitCode(), result::toString);
        List<String> lines = result.err().lines().toList();
        assertEquals(2, lines.size(), result::toString);
        assertTrue(lines.get(0).startsWith("Waiting for another o365 process to finish with "), result::toString);
        assertTrue(lines.get(1).startsWith("Error: Another o365 process kept ") && lines.get(1).contains(
                "locked for more than 4 s, so this one gave up; try again"), result::toString);
        assertTrue(seconds >= 4 && seconds <= 8, seconds + " s");
    }

    @Test
    void withoutVerboseTheWaitIsSilentUntilTheError() throws IOException {
        CliRunner o365 = lockedStore();
        o365.run("cli", "config", "set", "lockWaitSeconds", "3");

        Result result = o365.run("logout");

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals(1, result.err().lines().count(), result::toString);
        assertTrue(result.err().contains("locked for more than 3 s"), result::toString);
    }
}
