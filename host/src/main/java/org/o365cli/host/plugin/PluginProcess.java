package org.o365cli.host.plugin;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.o365cli.host.config.HostEnvironment;
import org.o365cli.host.http.ServerText;

/**
 * A separate JVM on the host's own class path that runs plugin code on this process's behalf, so
 * that a plugin that ends the process, hangs or prints while loading harms only that JVM. It says
 * whose code it runs through a {@link LoadProgress} file; when the file stops growing for
 * {@code O365_PLUGIN_LOAD_TIMEOUT} seconds (a minute more before the first line, while the JVM
 * starts on a busy machine) the process is stopped. Its stdout is discarded; what it printed on
 * stderr is forwarded, one sanitised line at a time.
 */
final class PluginProcess {

    private static final long STARTUP_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final HostEnvironment environment;
    private final PrintWriter err;

    /**
     * @param environment the installation, whose variables and home the process inherits
     * @param err         where what the process printed on stderr goes
     */
    PluginProcess(HostEnvironment environment, PrintWriter err) {
        this.environment = environment;
        this.err = err;
    }

    /**
     * Runs a main class and waits for it to end or stall.
     *
     * @param mainAndArgs the main class and its arguments
     * @param variables   variables set for this process only, besides the progress file's
     * @param progress    the progress file the process writes
     * @param stderr      where its stderr is kept until {@link #forward}
     * @return true when it was stopped for making no progress
     */
    boolean run(List<String> mainAndArgs, Map<String, String> variables, Path progress, Path stderr)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path")));
        environment.installDir().ifPresent(dir -> command.add("-D" + HostEnvironment.INSTALL_PROPERTY + "=" + dir));
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile());
        builder.environment().putAll(environment.variables());
        builder.environment().put("O365_HOME", environment.home().toString());
        builder.environment().putAll(variables);
        builder.environment().put(LoadProgress.VARIABLE, progress.toString());
        Process process = builder.start();
        long stallNanos = TimeUnit.SECONDS.toNanos(stallSeconds());
        long lastMove = System.nanoTime();
        long lastSize = 0;
        while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
            long size = Files.exists(progress) ? Files.size(progress) : 0;
            long allowed = size == 0 ? stallNanos + STARTUP_NANOS : stallNanos;
            if (size != lastSize) {
                lastSize = size;
                lastMove = System.nanoTime();
            } else if (System.nanoTime() - lastMove > allowed) {
                process.destroyForcibly().waitFor();
                return true;
            }
        }
        return false;
    }

    /**
     * The last line of a progress file: the plugin whose code ran last, or {@link LoadProgress#DONE}.
     *
     * @param progress the file
     * @return empty when nothing was written
     */
    static Optional<String> last(Path progress) throws IOException {
        List<String> lines = Files.exists(progress) ? Files.readAllLines(progress, StandardCharsets.UTF_8) : List.of();
        return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(lines.size() - 1));
    }

    // What plugins printed while loading. The warnings about broken plugins an indexing run prints itself, from the
    // index; SLF4J's lines are the plugin framework's, which O365_PLUGIN_LOG_LEVEL governs.
    void forward(Path stderr) throws IOException {
        if (!Files.exists(stderr)) {
            return;
        }
        new String(Files.readAllBytes(stderr), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.startsWith("Warning: plugin '") && !line.startsWith("SLF4J"))
                .limit(100).forEach(line -> err.println(ServerText.line(line)));
        err.flush();
    }

    /** Seconds a plugin may take to load: {@code O365_PLUGIN_LOAD_TIMEOUT}, at least 1. */
    int stallSeconds() {
        try {
            return Math.max(1, Integer.parseInt(environment.variables().getOrDefault(IndexProcess.TIMEOUT_VARIABLE,
                    String.valueOf(IndexProcess.DEFAULT_STALL_SECONDS)).strip()));
        } catch (NumberFormatException e) {
            return IndexProcess.DEFAULT_STALL_SECONDS;
        }
    }
}
