package org.o365cli.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.o365cli.distribution.LauncherProcess.Result;

/**
 * The real launcher of a copy of the installation with the resident runtime on ({@code O365_RESIDENT=on}) and
 * an {@code O365_HOME} of the test's own: what the resident runtime's tests share.
 */
final class ResidentLauncher {

    static final String VERSION = "o365 " + System.getProperty("o365.version", "0.1.0") + "\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path work;
    final Path launcher;
    final Path home;

    /** @param work the test's folder: the installation is copied to {@code o365/}, the home is {@code home/} */
    ResidentLauncher(Path work) throws Exception {
        this.work = work;
        this.launcher = Installation.copy(Path.of(System.getProperty("o365.dist.dir")), work.resolve("o365")).resolve("bin/o365");
        this.home = work.resolve("home");
    }

    /** The native client of the copy, which the build makes where it has a C compiler. */
    Path nativeClient() {
        return launcher.getParent().resolveSibling("libexec").resolve("o365-client-linux-x86_64");
    }

    boolean hasNativeClient() {
        return Files.isExecutable(nativeClient());
    }

    Map<String, String> env(String... overrides) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeAll(List.of("JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("O365_HOME", home.toString());
        env.put("O365_RESIDENT", "on");
        // The launcher execs Java, so the process the test signals is the client itself.
        env.put("O365_CDS", "off");
        env.put("O365_RESIDENT_IDLE_SECONDS", "120");
        for (int i = 0; i < overrides.length; i += 2) {
            env.put(overrides[i], overrides[i + 1]);
        }
        return env;
    }

    /** The launcher with these arguments, or {@code sh ...} as given. */
    Result run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if (!args[0].equals("sh")) {
            command.add(launcher.toString());
        }
        command.addAll(List.of(args));
        return LauncherProcess.run(work, work, env, command.toArray(String[]::new));
    }

    LauncherProcess.Running start(Path cwd, Map<String, String> env, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(args);
        return LauncherProcess.start(work, cwd, env, command.toArray(String[]::new));
    }

    /** {@code cli resident status -o json}. */
    JsonNode status() throws Exception {
        Result status = run(env(), "cli", "resident", "status", "-o", "json");
        if (status.exitCode() != 0) {
            throw new AssertionError(status.toString());
        }
        return JSON.readTree(status.stdout());
    }

    long activeCommands() {
        try {
            JsonNode runtimes = status();
            return runtimes.isEmpty() ? -1 : runtimes.get(0).get("activeCommands").asLong();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(100);
        }
    }
}
