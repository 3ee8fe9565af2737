package org.o365cli.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.distribution.LauncherProcess.Result;

/**
 * The resident runtime through the real launcher ({@code O365_RESIDENT=on}): each command runs in the
 * user's background JVM with the client's working directory, streams, terminal and exit code;
 * Ctrl-C cancels it there; a runtime that dies or belongs to an older installation never serves a command.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "Unix domain sockets and the POSIX launcher")
class ResidentIT {

    private static final String VERSION = ResidentLauncher.VERSION;

    @TempDir
    Path work;
    ResidentLauncher o365;
    Path launcher;
    Path home;

    @BeforeEach
    void installAndStartNothing() throws Exception {
        o365 = new ResidentLauncher(work);
        launcher = o365.launcher;
        home = o365.home;
    }

    @AfterEach
    void stopTheRuntimes() throws Exception {
        run(env(), "cli", "resident", "stop");
    }

    @Test
    void commandsRunInOneRuntimeWithTheirOwnExitCodesAndStreams() throws Exception {
        Result version = run(env(), "--version");
        assertEquals(VERSION, version.stdout(), version::toString);
        assertEquals("", version.stderr(), version::toString);
        Result usage = run(env(), "nosuch");
        assertEquals(2, usage.exitCode(), usage::toString);
        assertEquals("", usage.stdout(), usage::toString);
        assertTrue(usage.stderr().startsWith("Error: Unmatched argument"), usage::toString);

        JsonNode runtimes = status();
        assertEquals(1, runtimes.size(), runtimes::toString);
        assertEquals("running", runtimes.get(0).get("state").asText());
        assertEquals(2, runtimes.get(0).get("commandsServed").asLong(), runtimes::toString);
        if (o365.hasNativeClient()) {
            // The first found no runtime: the native client left it to the JVM client, which started one.
            assertEquals(1, runtimes.get(0).get("nativeClientCommands").asLong(), runtimes::toString);
        }

        long pid = runtimes.get(0).get("pid").asLong();
        Result stop = run(env(), "cli", "resident", "stop", "-o", "json");
        assertTrue(stop.stdout().contains("\"stopping\""), stop::toString);
        await(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), "the runtime exits after stop");
        Result off = run(env("O365_RESIDENT", "off"), "cli", "resident", "status");
        assertEquals("[]\n", off.stdout(), off::toString);
    }

    @Test
    void theClientLoadsTheJdkAndItsOwnClassesAloneFromTheHostAndAuthApiJars() throws Exception {
        // A java that notes its command line: the launcher's choice of entry point and class path. A script, not
        // a link to a JDK's java: the native client keys it by another home than the JVM's java.home, finds no
        // runtime of that key, and so every command falls back to the JVM client, as any key mismatch must.
        Path javaArgs = work.resolve("java-args.txt");
        Path javaHome = notingJava(javaArgs);
        Path logs = Files.createDirectories(work.resolve("class-logs"));
        Map<String, String> env = env("JAVA_OPTS", "-Xlog:class+load=info:file=" + logs.resolve("classes-%p.txt"),
                "JAVA_HOME", javaHome.toString());
        assertEquals(VERSION, run(env, "--version").stdout());
        LauncherProcess.Running warm = start(work, env, List.of("--version"));
        Result result = warm.finish();
        assertEquals(VERSION, result.stdout(), result::toString);

        List<String> args = Files.readAllLines(javaArgs);
        Path lib = launcher.getParent().resolveSibling("lib").toRealPath();
        String version = System.getProperty("o365.version", "0.1.0");
        int cp = args.indexOf("-cp");
        assertEquals(List.of(lib.resolve("o365-host-" + version + ".jar") + ":" + lib.resolve("o365-auth-api-" + version + ".jar"),
                "org.o365cli.host.resident.ResidentClient"), args.subList(cp + 1, cp + 3), args::toString);

        List<String> loaded = Files.readAllLines(logs.resolve("classes-" + warm.process().pid() + ".txt"));
        assertTrue(loaded.stream().anyMatch(l -> l.contains("] org.o365cli.host.resident.ResidentClient ")), "the client's log");
        for (String prefix : List.of("picocli.", "com.fasterxml.", "org.pf4j.", "com.nimbusds.", "org.slf4j.", "org.o365cli.host.cli.",
                "org.o365cli.host.Main ")) {
            assertFalse(loaded.stream().anyMatch(l -> l.contains("] " + prefix)), () -> "the client loaded " + prefix);
        }
        List<String> jars = loaded.stream().filter(l -> l.contains("source: file:") || l.contains("source: jar:"))
                .filter(l -> !l.contains("/o365-host-") && !l.contains("/o365-auth-api-")).toList();
        assertEquals(List.of(), jars, "classes from other jars");
    }

    @Test
    void withoutTheSwitchCommandsGoToTheRuntime() throws Exception {
        Result version = run(env(), "sh", "-c", "unset O365_RESIDENT; exec '" + launcher + "' --version");
        assertEquals(VERSION, version.stdout(), version::toString);
        assertEquals("", version.stderr(), version::toString);
        JsonNode runtimes = status();
        assertEquals(1, runtimes.size(), runtimes::toString);
        assertEquals(1, runtimes.get(0).get("commandsServed").asLong(), runtimes::toString);
    }

    @Test
    void aRuntimeThatCannotStartOrListenLeavesTheCommandToTheClientUnseen() throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve("resident"), "not a folder");
        Result blocked = run(env(), "--version");
        assertEquals(0, blocked.exitCode(), blocked::toString);
        assertEquals(VERSION, blocked.stdout(), blocked::toString);
        assertEquals("", blocked.stderr(), blocked::toString);

        // Too long a path for a Unix socket: the command runs in the client, and no runtime is started for it.
        Path deep = work.resolve("h".repeat(110));
        Result tooLong = run(env("O365_HOME", deep.toString()), "--version");
        assertEquals(0, tooLong.exitCode(), tooLong::toString);
        assertEquals(VERSION, tooLong.stdout(), tooLong::toString);
        assertEquals("", tooLong.stderr(), tooLong::toString);
        assertFalse(Files.exists(deep.resolve("resident")), "no runtime for a socket it could not bind");
    }

    @Test
    void aPromptIsAskedOnlyWhenTheClientsStdinAndStdoutAreBothATerminal() throws Exception {
        connectSpo();
        String site = "https://contoso.sharepoint.com/sites/apps";
        assertEquals(0, run(env(), "spo", "storageentity", "set", "--appCatalogUrl", site, "--key", "k", "--value", "v").exitCode());
        // stdin a terminal, stdout a file: no console in a process of its own, so no question either.
        Result redirected = run(env(), "sh", "-c", "printf 'y\\n' | script -qec \"'" + launcher
                + "' spo storageentity remove --key k --appCatalogUrl " + site + " >'" + work.resolve("out.txt") + "'\" /dev/null");
        assertTrue(redirected.stdout().contains("Refusing to remove"), redirected::toString);
        assertEquals(0, run(env(), "spo", "storageentity", "get", "--key", "k", "-o", "json").exitCode(), "not removed");
    }

    @Test
    void withTheSwitchOffNoRuntimeIsStarted() throws Exception {
        assertEquals(VERSION, run(env("O365_RESIDENT", "off"), "--version").stdout());
        assertFalse(Files.exists(home.resolve("resident")));
    }

    @Test
    void concurrentClientsEachGetTheirOwnOutputWorkingDirectoryAndExitCode() throws Exception {
        String completion = run(env("O365_RESIDENT", "off"), "cli", "completion", "bash").stdout();
        assertEquals(VERSION, run(env(), "--version").stdout());
        List<LauncherProcess.Running> processes = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Path folder = Files.createDirectories(work.resolve("cwd " + i));
            folders.add(folder);
            List<String> args = i % 2 == 0 ? List.of("cli", "completion", "bash")
                    : List.of("sandbox", "certificate", "add", "--certificateFile", "missing-" + i + ".pem");
            processes.add(start(folder, env(), args));
        }
        for (int i = 0; i < processes.size(); i++) {
            Result result = processes.get(i).finish();
            if (i % 2 == 0) {
                assertEquals(0, result.exitCode(), result::toString);
                assertEquals(completion, result.stdout(), "client " + i + " got exactly its own stdout");
                assertEquals("", result.stderr(), result::toString);
            } else {
                assertEquals(1, result.exitCode(), result::toString);
                assertEquals("", result.stdout(), result::toString);
                assertTrue(result.stderr().startsWith("Error: Cannot read --certificateFile "
                        + folders.get(i).resolve("missing-" + i + ".pem")), result::toString);
            }
        }
        assertEquals(1, status().size(), "one runtime served them all");
        if (o365.hasNativeClient()) {
            assertEquals(6, status().get(0).get("nativeClientCommands").asLong(), "each handed over by the native client");
        }
    }

    @Test
    void ctrlCCancelsTheCommandInTheRuntimeWhichGoesOnServing() throws Exception {
        LauncherProcess.Running slow = slowCommand();
        long runtime = status().get(0).get("pid").asLong();
        slow.signal("INT");
        Result cancelled = slow.finish();
        assertEquals(130, cancelled.exitCode(), cancelled::toString);
        await(() -> activeCommands() == 0, "the cancelled command ends in the runtime");
        assertEquals(runtime, status().get(0).get("pid").asLong(), "the same runtime");
        assertEquals(VERSION, run(env(), "--version").stdout());
    }

    @Test
    void aRuntimeKilledMidCommandEndsThatCommandInOneLineAndTheNextStartsAFreshOne() throws Exception {
        LauncherProcess.Running slow = slowCommand();
        long runtime = status().get(0).get("pid").asLong();
        ProcessHandle.of(runtime).orElseThrow().destroyForcibly();
        Result killed = slow.finish();
        assertEquals(1, killed.exitCode(), killed::toString);
        assertEquals(1, killed.stderr().strip().lines().count(), killed::toString);
        assertTrue(killed.stderr().startsWith("Error: the o365 resident runtime stopped while running the command"),
                killed::toString);

        Result next = run(env(), "sandbox", "faults", "clear", "-o", "none");
        assertEquals(0, next.exitCode(), next::toString);
        assertNotEquals(runtime, status().get(0).get("pid").asLong(), "a fresh runtime");
    }

    @Test
    void aChangedInstallationIsNeverServedByTheRuntimeOfTheOldOne() throws Exception {
        assertEquals(VERSION, run(env(), "--version").stdout());
        long old = status().get(0).get("pid").asLong();
        Path hostJar;
        try (var jars = Files.list(launcher.getParent().resolveSibling("lib"))) {
            hostJar = jars.filter(j -> j.getFileName().toString().startsWith("o365-host-")).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(hostJar, FileTime.fromMillis(Files.getLastModifiedTime(hostJar).toMillis() + 60_000));

        assertEquals(VERSION, run(env(), "--version").stdout());
        await(() -> ProcessHandle.of(old).map(p -> !p.isAlive()).orElse(true), "the old runtime exits");
        JsonNode runtimes = status();
        assertEquals(1, runtimes.size(), runtimes::toString);
        assertNotEquals(old, runtimes.get(0).get("pid").asLong());
    }

    @Test
    void changedJvmOptionsGetARuntimeOfTheirOwnAndTheWarmOneSeesAChangedPluginSet() throws Exception {
        Result before = run(env(), "plugins", "list", "-o", "json");
        assertEquals(0, before.exitCode(), before::toString);
        assertFalse(before.stdout().contains("broken.jar"), before::toString);
        long runtime = status().get(0).get("pid").asLong();

        // Plugins are read per command, as a process of its own reads them: no restart needed.
        Files.writeString(Files.createDirectories(home.resolve("plugins")).resolve("broken.jar"), "not a jar");
        Result after = run(env(), "plugins", "list", "-o", "json");
        assertTrue(after.stdout().contains("broken.jar is not a readable plugin jar"), after::toString);
        assertEquals(runtime, status().get(0).get("pid").asLong(), "the same runtime");

        // JVM options are a JVM's for life: other options, another runtime; the first one goes on serving its own.
        Result otherOptions = run(env("JAVA_OPTS", "-Xmx200m"), "--version");
        assertEquals(VERSION, otherOptions.stdout(), otherOptions::toString);
        JsonNode runtimes = status();
        assertEquals(2, runtimes.size(), runtimes::toString);
    }

    @Test
    void aConfirmationPromptReadsTheAnswerFromTheClientsTerminal() throws Exception {
        connectSpo();
        String site = "https://contoso.sharepoint.com/sites/apps";
        assertEquals(0, run(env(), "spo", "storageentity", "set", "--appCatalogUrl", site, "--key", "k", "--value", "v").exitCode());
        // script(1) gives the client a terminal; the answer is typed once the prompt is up.
        for (String answer : List.of("n", "y")) {
            Result prompt = run(env(), "sh", "-c", "(sleep 3; printf '" + answer + "\\n') | script -qec \"'" + launcher
                    + "' spo storageentity remove --key k --appCatalogUrl " + site + "\" /dev/null");
            assertEquals(0, prompt.exitCode(), prompt::toString);
            assertTrue(prompt.stdout().contains("Are you sure you want to remove the storage entity 'k'"), prompt::toString);
            Result get = run(env(), "spo", "storageentity", "get", "--key", "k", "-o", "json");
            assertEquals(answer.equals("n") ? 0 : 1, get.exitCode(), get::toString);
        }
    }

    @Test
    void aWriteToAFullDiskFailsTheCommandInOneLineThroughEitherClient() throws Exception {
        // The native client, and the JVM client (a java that is a script: see the test above).
        Map<String, String> jvmClient = env("JAVA_HOME", notingJava(work.resolve("java-args.txt")).toString());
        for (Map<String, String> env : List.of(env(), jvmClient)) {
            assertEquals(VERSION, run(env, "--version").stdout());
            long served = status().get(0).get("commandsServed").asLong();

            Result full = run(env, "sh", "-c", "exec '" + launcher + "' --version >/dev/full");

            assertEquals(1, full.exitCode(), full::toString);
            assertEquals("Error: Could not write the output (No space left on device); check where stdout goes, e.g. free"
                    + " disk space\n", full.stderr(), full::toString);
            assertEquals(served + 1, status().get(0).get("commandsServed").asLong(), "the runtime ran it");
        }
    }

    /** A java that notes its command line in {@code args} and runs the test's own Java: its home. */
    private Path notingJava(Path args) throws Exception {
        Path javaHome = Files.createDirectories(work.resolve("java/bin")).getParent();
        Files.writeString(javaHome.resolve("bin/java"), "#!/bin/sh\nprintf '%s\\n' \"$@\" >'" + args + "'\nexec '"
                + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
        assertTrue(javaHome.resolve("bin/java").toFile().setExecutable(true));
        return javaHome;
    }

    private LauncherProcess.Running slowCommand() throws Exception {
        Result connect = run(env(), "graph", "connect", "--sandbox", "-o", "none");
        assertEquals(0, connect.exitCode(), connect::toString);
        assertEquals(0, run(env(), "sandbox", "faults", "set", "--failureRate", "100", "--errors", "503", "--retryAfter", "60",
                "-o", "none").exitCode());
        LauncherProcess.Running slow = start(work, env(), List.of("graph", "user", "list"));
        await(() -> activeCommands() == 1, "the slow command runs in the runtime");
        if (o365.hasNativeClient()) {
            assertEquals(1, status().get(0).get("nativeClientCommands").asLong(), "the native client handed it over");
        }
        return slow;
    }

    private void connectSpo() throws Exception {
        Result connect = run(env(), "spo", "connect", "https://contoso-admin.sharepoint.com", "--sandbox", "-o", "none");
        assertEquals(0, connect.exitCode(), connect::toString);
    }

    private long activeCommands() {
        return o365.activeCommands();
    }

    private JsonNode status() throws Exception {
        return o365.status();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        ResidentLauncher.await(condition, what);
    }

    private Map<String, String> env(String... overrides) {
        return o365.env(overrides);
    }

    private Result run(Map<String, String> env, String... args) throws Exception {
        return o365.run(env, args);
    }

    private LauncherProcess.Running start(Path cwd, Map<String, String> env, List<String> args) throws Exception {
        return o365.start(cwd, env, args);
    }
}
