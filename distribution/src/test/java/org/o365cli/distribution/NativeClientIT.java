package org.o365cli.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.distribution.LauncherProcess.Result;

/**
 * The native client (libexec/, src/main/c/o365-client.c) through the real launcher: it computes the runtime's
 * key as the runtime does and hands commands over without a JVM; it leaves to the JVM client whatever the
 * runtime does not take; it never re-runs a command it handed over, and rejects what a broken or fake
 * runtime sends in one line. Skipped where the build had no C compiler (no native client).
 */
@EnabledOnOs(OS.LINUX)
class NativeClientIT {

    @TempDir
    Path work;
    ResidentLauncher o365;

    @BeforeEach
    void install() throws Exception {
        o365 = new ResidentLauncher(work);
        assumeTrue(o365.hasNativeClient(), "no native client: the build had no C compiler");
    }

    @AfterEach
    void stopTheRuntimes() throws Exception {
        o365.run(o365.env(), "cli", "resident", "stop");
    }

    @Test
    void theNativeClientHandsCommandsToTheRuntimeOfTheKeyTheJvmComputes() throws Exception {
        // No runtime yet: the native client leaves the first command to the JVM client, which starts one.
        assertEquals(ResidentLauncher.VERSION, o365.run(o365.env(), "--version").stdout());
        Result version = o365.run(o365.env(), "--version");
        assertEquals(ResidentLauncher.VERSION, version.stdout(), version::toString);
        assertEquals("", version.stderr(), version::toString);
        Result usage = o365.run(o365.env(), "nosuch");
        assertEquals(2, usage.exitCode(), usage::toString);
        assertEquals("", usage.stdout(), usage::toString);
        assertTrue(usage.stderr().startsWith("Error: Unmatched argument"), usage::toString);

        JsonNode runtime = o365.status().get(0);
        assertEquals(3, runtime.get("commandsServed").asLong(), runtime::toString);
        assertEquals(2, runtime.get("nativeClientCommands").asLong(), "the same key, so the same socket: " + runtime);
        // `cli resident` runs in the caller's process: the runtime tells the native client so, and serves nothing.
        assertEquals(3, o365.status().get(0).get("commandsServed").asLong());
    }

    @Test
    void stderrArrivesAsTheCommandWritesItAndCtrlCCancelsTheCommand() throws Exception {
        assertEquals(0, o365.run(o365.env(), "graph", "connect", "--sandbox", "-o", "none").exitCode());
        assertEquals(0, o365.run(o365.env(), "sandbox", "faults", "set", "--failureRate", "100", "--errors", "503",
                "--retryAfter", "60", "-o", "none").exitCode());
        LauncherProcess.Running slow = o365.start(work, o365.env(), List.of("graph", "user", "list", "--debug"));
        ResidentLauncher.await(() -> text(slow.err()).contains("Retrying GET "), "the retry's trace reaches stderr");
        assertTrue(slow.process().isAlive(), "streamed while the command waits to retry, not when it ends");
        assertEquals("", text(slow.out()));
        assertEquals(1, o365.status().get(0).get("nativeClientCommands").asLong(), "handed over by the native client");
        slow.signal("INT");
        Result cancelled = slow.finish();
        assertEquals(130, cancelled.exitCode(), cancelled::toString);
        ResidentLauncher.await(() -> o365.activeCommands() == 0, "the cancelled command ends in the runtime");
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aPipeClosedByItsReaderEndsTheCommandQuietly() throws Exception {
        String completion = o365.run(o365.env("O365_RESIDENT", "off"), "cli", "completion", "bash").stdout();
        o365.run(o365.env(), "--version");
        Result head = o365.run(o365.env(), "sh", "-c", "'" + o365.launcher + "' cli completion bash | head -c 20");
        assertEquals(completion.substring(0, 20), head.stdout(), head::toString);
        assertEquals("", head.stderr(), head::toString);
        ResidentLauncher.await(() -> o365.activeCommands() == 0, "the command ends in the runtime");
        assertEquals(1, o365.status().get(0).get("nativeClientCommands").asLong());
    }

    @Test
    void aFrameLargerThanTheLimitEndsTheCommandInOneLineAndARefusalRunsItInTheClient() throws Exception {
        Path socket = socketOfTheRealRuntime();
        List<String> clients = new CopyOnWriteArrayList<>();
        // Accepts the command, then announces a frame of 16 MiB: the client must not allocate it or re-run the command.
        try (FakeRuntime fake = new FakeRuntime(socket, clients, new byte[] {'A', 0, 0, 0, 0, 'O', 1, 0, 0, 0})) {
            Result result = o365.run(o365.env(), "--version");
            assertEquals(1, result.exitCode(), result::toString);
            assertEquals("", result.stdout(), result::toString);
            assertEquals(1, result.stderr().lines().count(), result::toString);
            assertTrue(result.stderr().startsWith("Error: the o365 resident runtime stopped while running the command"
                    + " (a frame of 16777216 bytes), so it may not have completed"), result::toString);
            assertEquals(List.of("native"), clients, "handed over once, never again to the JVM client");
        }
        // Stale, stopping, or of another protocol (which closes without an answer): nothing ran, so the
        // command runs in the JVM client's process.
        for (byte[] answer : List.of(new byte[] {'N', 0, 0, 0, 5, 's', 't', 'a', 'l', 'e'}, new byte[0])) {
            clients.clear();
            try (FakeRuntime fake = new FakeRuntime(socket, clients, answer)) {
                Result result = o365.run(o365.env(), "--version");
                assertEquals(0, result.exitCode(), result::toString);
                assertEquals(ResidentLauncher.VERSION, result.stdout(), result::toString);
                assertEquals("", result.stderr(), result::toString);
                assertEquals(List.of("native", "jvm"), clients);
            }
        }
    }

    @Test
    void aRuntimeThatDiesMidFrameEndsTheCommandInOneLine() throws Exception {
        Path socket = socketOfTheRealRuntime();
        List<String> clients = new CopyOnWriteArrayList<>();
        try (FakeRuntime fake = new FakeRuntime(socket, clients, new byte[] {'A', 0, 0, 0, 0, 'O', 0, 0, 0, 9, 'p', 'a', 'r'})) {
            Result result = o365.run(o365.env(), "--version");
            assertEquals(1, result.exitCode(), result::toString);
            assertEquals("", result.stdout(), "a partial frame is never written: " + result);
            assertEquals(1, result.stderr().lines().count(), result::toString);
            assertTrue(result.stderr().startsWith("Error: the o365 resident runtime stopped while running the command"
                    + " (the connection closed)"), result::toString);
        }
    }

    /** Where the native client looks for this installation's runtime: a real one's socket, once it stopped. */
    private Path socketOfTheRealRuntime() throws Exception {
        assertEquals(ResidentLauncher.VERSION, o365.run(o365.env(), "--version").stdout());
        JsonNode runtime = o365.status().get(0);
        o365.run(o365.env(), "cli", "resident", "stop");
        long pid = runtime.get("pid").asLong();
        ResidentLauncher.await(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), "the runtime exits");
        return Path.of(runtime.get("socket").asText());
    }
}
