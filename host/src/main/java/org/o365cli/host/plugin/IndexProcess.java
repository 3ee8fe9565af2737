package org.o365cli.host.plugin;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.o365cli.host.config.HostEnvironment;
import org.o365cli.host.plugin.trust.EarlierFailures;
import org.o365cli.host.store.PrivateFiles;

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

    private final HostEnvironment environment;
    private final PluginProcess process;

    /**
     * @param environment the installation
     * @param err         where what the plugins printed while loading goes
     */
    public IndexProcess(HostEnvironment environment, PrintWriter err) {
        this.environment = environment;
        this.process = new PluginProcess(environment, err);
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
                PrivateFiles.deleteQuietly(work);
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
            process.forward(stderr);
            Optional<CommandIndex> index = file.read(InstallFingerprint.of(environment));
            if (index.isPresent()) {
                return index;
            }
            String last = PluginProcess.last(progress).orElse(null);
            if (LoadProgress.DONE.equals(last) && !rerunAfterChange) {
                rerunAfterChange = true; // loading unpacked a zip, so the installation changed under it: once more
                continue;
            }
            if (last == null || LoadProgress.DONE.equals(last) || failures.containsKey(last)) {
                return Optional.empty();
            }
            failures.put(last, stalled ? "it did not finish loading within " + process.stallSeconds() + " s (" + TIMEOUT_VARIABLE
                    + "), so it was left out" : "it ended the o365 process while loading (System.exit?), so it was left out");
        }
        return Optional.empty();
    }

    private boolean run(Path progress, Path refused, Path stderr) throws IOException, InterruptedException {
        return process.run(List.of("org.o365cli.host.Main", "cli", "completion", "bash"),
                Map.of(EarlierFailures.VARIABLE, refused.toString()), progress, stderr);
    }
}
