package org.o365cli.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the launcher as a separate process with exactly the given environment, and keeps what it printed.
 * The {@code resident} failsafe execution runs every launcher test with the resident runtime
 * ({@code o365.resident=on}), the default one without, unless the test sets {@code O365_RESIDENT} itself.
 */
final class LauncherProcess {

    private LauncherProcess() {
    }

    /**
     * @param scratch where stdout and stderr are kept
     * @param cwd     the working folder
     * @param env     the whole environment
     * @param command the command line
     * @return exit code, stdout and stderr
     */
    static Result run(Path scratch, Path cwd, Map<String, String> env, String... command) throws Exception {
        return start(scratch, cwd, env, command).finish();
    }

    /** Starts the command, for a test that signals it or runs several at once; {@link Running#finish} waits for it. */
    static Running start(Path scratch, Path cwd, Map<String, String> env, String... command) throws IOException {
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.environment().putIfAbsent("O365_RESIDENT", System.getProperty("o365.resident", "off"));
        // A runtime also exits once its test's O365_HOME is deleted; this bounds one whose home is kept.
        builder.environment().putIfAbsent("O365_RESIDENT_IDLE_SECONDS", "30");
        return new Running(String.join(" ", command), builder.start(), out, err);
    }

    /** A started command. */
    record Running(String command, Process process, Path out, Path err) {

        /** Sends it a signal by name ({@code INT} for Ctrl-C). */
        void signal(String name) throws Exception {
            int code = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
            if (code != 0) {
                throw new AssertionError("kill -" + name + " " + process.pid() + " failed");
            }
        }

        /** Waits for it to end. */
        Result finish() throws Exception {
            // Generous: the run that writes the class data cache is slower, and the build machine may be busy.
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Result(command, process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    /** What one run printed. */
    record Result(String command, int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return command + " -> exit " + exitCode + "\nstdout: " + stdout + "\nstderr: " + stderr;
        }
    }
}
