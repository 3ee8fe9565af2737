package org.o365cli.distribution;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the launcher as a separate process with exactly the given environment, and keeps what it printed. */
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
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        // Generous: the run that writes the class data cache is slower, and the build machine may be busy.
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return new Result(String.join(" ", command), process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** What one run printed. */
    record Result(String command, int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return command + " -> exit " + exitCode + "\nstdout: " + stdout + "\nstderr: " + stderr;
        }
    }
}
