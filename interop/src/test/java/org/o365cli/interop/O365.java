package org.o365cli.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The built launcher, {@code distribution/target/o365/bin/o365}, run as a separate process with its own {@code O365_HOME}. */
final class O365 {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path launcher;
    private final Path home;
    private final Path runs;

    O365(Interop.Environment environment, String name) throws IOException {
        this.launcher = environment.distribution().resolve("bin/o365");
        Path folder = environment.work().resolve("homes").resolve(name + "-" + RUNS.incrementAndGet());
        this.home = Files.createDirectories(folder.resolve("o365-home"));
        this.runs = Files.createDirectories(folder.resolve("runs"));
    }

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {

        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    /** A run still going, its stderr readable while it runs (device code). */
    final class Running {
        private final Process process;
        private final Path out;
        private final Path err;

        private Running(Process process, Path out, Path err) {
            this.process = process;
            this.out = out;
            this.err = err;
        }

        /** Waits for the first match of the pattern on stderr and returns its group 1. */
        String awaitOnStderr(Pattern pattern, Duration timeout) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                Matcher m = pattern.matcher(Files.readString(err));
                if (m.find()) {
                    return m.group(1);
                }
                if (!process.isAlive()) {
                    throw new AssertionError("o365 ended before printing " + pattern + ": " + finish());
                }
                Thread.sleep(100);
            }
            process.destroyForcibly();
            throw new AssertionError("o365 printed no " + pattern + " within " + timeout + ": " + finish());
        }

        Result finish() throws IOException, InterruptedException {
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("o365 did not end within " + TIMEOUT + ":\n" + Files.readString(err));
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        }
    }

    Result run(String... args) throws IOException, InterruptedException {
        return start(args).finish();
    }

    Running start(String... args) throws IOException {
        int n = RUNS.incrementAndGet();
        Path out = runs.resolve(n + ".out");
        Path err = runs.resolve(n + ".err");
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("O365_") || key.toUpperCase().endsWith("_PROXY"));
        builder.environment().put("O365_HOME", home.toString());
        // Commands go to a resident runtime per home by default; these homes outlive the suite, so their runtimes
        // must not outlive it by the default quarter of an hour.
        builder.environment().put("O365_RESIDENT_IDLE_SECONDS", "30");
        return new Running(builder.start(), out, err);
    }

    Path home() {
        return home;
    }

    /** The connections file's bytes, only ever compared with themselves (prefer {@code o365 status}). */
    byte[] connectionsFile() throws IOException {
        return Files.readAllBytes(home.resolve("connections.json"));
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
