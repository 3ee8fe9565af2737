package org.o365cli.host.plugin;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.o365cli.host.config.HostEnvironment;
import org.o365cli.host.http.ServerText;
import org.o365cli.host.plugin.trust.EarlierFailures;
import org.o365cli.host.store.PrivateFiles;
import org.pf4j.util.FileUtils;

/**
 * Builds the command index in a separate o365 process ({@code o365 cli completion bash}, which
 * loads every plugin and saves the index), so that no plugin's loading code runs in this one: a
 * plugin that ends the process, hangs or prints while loading cannot take {@code --version},
 * {@code status} or {@code plugins list} down with it. When the process ends without an index,
 * or makes no progress for {@value #DEFAULT_STALL_SECONDS} seconds, the plugin it was loading is
 * left out, with that reason, and the index is built again without it.
 */
public final class IndexProcess {

    /** Seconds a plugin may take to load before it is left out: {@code O365_PLUGIN_LOAD_TIMEOUT}. */
    public static final String TIMEOUT_VARIABLE = "O365_PLUGIN_LOAD_TIMEOUT";
    static final int DEFAULT_STALL_SECONDS = 20;
    private static final int MAX_ATTEMPTS = 8;
    private static final long STARTUP_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final HostEnvironment environment;
    private final PrintWriter err;

    /**
     * @param environment the installation
     * @param err         where what the plugins printed while loading goes
     */
    public IndexProcess(HostEnvironment environment, PrintWriter err) {
        this.environment = environment;
        this.err = err;
    }

    /**
     * @param file the index file the process writes
     * @return the index, or empty when no process could make one (the caller then loads the plugins itself)
     */
    public Optional<CommandIndex> build(CommandIndexFile file) {
        if (environment.variables().containsKey(LoadProgress.VARIABLE)) {
            return Optional.empty();
        }
        Path work = null;
        try {
            Path cache = environment.home().resolve("cache");
            PrivateFiles.ensurePrivateDir(cache);
            work = Files.createTempDirectory(cache, "index-");
            return attempts(file, work);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (work != null) {
                try {
                    FileUtils.delete(work); // progress and stderr files: optimisticDelete leaves a non-empty folder
                } catch (IOException e) {
                    // A leftover folder in the cache costs nothing but space; deleting the cache is always safe.
                }
            }
        }
    }

    private Optional<CommandIndex> attempts(CommandIndexFile file, Path work) throws IOException, InterruptedException {
        Map<String, String> failures = new LinkedHashMap<>();
        boolean rerunAfterChange = false;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Path progress = work.resolve("progress-" + attempt);
            Path refused = work.resolve("refused");
            EarlierFailures.write(refused, failures);
            Path stderr = work.resolve("stderr-" + attempt);
            boolean stalled = run(progress, refused, stderr);
            forward(stderr);
            Optional<CommandIndex> index = file.read(InstallFingerprint.of(environment));
            if (index.isPresent()) {
                return index;
            }
            List<String> lines = Files.exists(progress) ? Files.readAllLines(progress, StandardCharsets.UTF_8) : List.of();
            String last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (LoadProgress.DONE.equals(last) && !rerunAfterChange) {
                rerunAfterChange = true; // loading unpacked a zip, so the installation changed under it: once more
                continue;
            }
            if (last == null || LoadProgress.DONE.equals(last) || failures.containsKey(last)) {
                return Optional.empty();
            }
            failures.put(last, stalled ? "it did not finish loading within " + stallSeconds() + " s (" + TIMEOUT_VARIABLE
                    + "), so it was left out" : "it ended the o365 process while loading (System.exit?), so it was left out");
        }
        return Optional.empty();
    }

    private boolean run(Path progress, Path refused, Path stderr) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path")));
        environment.installDir().ifPresent(dir -> command.add("-D" + HostEnvironment.INSTALL_PROPERTY + "=" + dir));
        command.addAll(List.of("org.o365cli.host.Main", "cli", "completion", "bash"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile());
        builder.environment().putAll(environment.variables());
        builder.environment().put("O365_HOME", environment.home().toString());
        builder.environment().put(LoadProgress.VARIABLE, progress.toString());
        builder.environment().put(EarlierFailures.VARIABLE, refused.toString());
        Process process = builder.start();
        long stallNanos = TimeUnit.SECONDS.toNanos(stallSeconds());
        long lastMove = System.nanoTime();
        long lastSize = 0;
        while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
            long size = Files.exists(progress) ? Files.size(progress) : 0;
            // Before the first plugin, the JVM is starting: a busy machine gets a minute more for that.
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

    // What plugins printed while loading. The warnings about broken plugins this run prints itself, from the index;
    // SLF4J's lines are the plugin framework's, which O365_PLUGIN_LOG_LEVEL governs.
    private void forward(Path stderr) throws IOException {
        if (!Files.exists(stderr)) {
            return;
        }
        new String(Files.readAllBytes(stderr), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.startsWith("Warning: plugin '") && !line.startsWith("SLF4J"))
                .limit(100).forEach(line -> err.println(ServerText.line(line)));
        err.flush();
    }

    private int stallSeconds() {
        try {
            return Math.max(1, Integer.parseInt(environment.variables().getOrDefault(TIMEOUT_VARIABLE,
                    String.valueOf(DEFAULT_STALL_SECONDS)).strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_STALL_SECONDS;
        }
    }
}
