package org.o365cli.host.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.config.HostEnvironment;
import org.o365cli.host.store.PrivateFiles;

/**
 * Reads what a plugin archive offers before it is installed, in a separate JVM
 * ({@link PluginProcess}): loading it runs its code (its {@code Plugin.start()}, its extension
 * constructors), and a plugin that ends the process, hangs or prints there must not take
 * {@code plugins install} with it. The process writes the {@link PluginDescription}, or why the
 * plugin cannot be installed, as JSON to a file; anything else means it never got that far.
 */
public final class PluginInspection {

    private final HostEnvironment environment;
    private final Supplier<ObjectMapper> json;
    private final PluginProcess process;

    /**
     * @param environment the installation
     * @param json        the host's mapper
     * @param err         where what the plugin printed while loading goes
     */
    public PluginInspection(HostEnvironment environment, Supplier<ObjectMapper> json, PrintWriter err) {
        this.environment = environment;
        this.json = json;
        this.process = new PluginProcess(environment, err);
    }

    /**
     * @param archive a plugin jar, or the folder its zip was unpacked into
     * @return what it offers
     * @throws O365Exception when it does not load, does not start, ends the process or does not finish
     *                       loading in time, saying which and that nothing was installed
     */
    public PluginDescription describe(Path archive) {
        Path work = null;
        try {
            Path cache = environment.home().resolve("cache");
            PrivateFiles.ensurePrivateDir(cache);
            work = Files.createTempDirectory(cache, "inspect-");
            Path answer = work.resolve("answer.json");
            Path progress = work.resolve("progress");
            Path stderr = work.resolve("stderr");
            boolean stalled = process.run(List.of(PluginInspection.class.getName(), archive.toAbsolutePath().toString(),
                    answer.toString(), environment.version()), Map.of(), progress, stderr);
            process.forward(stderr);
            if (!stalled && Files.exists(answer)) {
                JsonNode node = json.get().readTree(answer.toFile());
                if (node.hasNonNull("error")) {
                    throw new O365Exception(node.get("error").asText());
                }
                return json.get().treeToValue(node.get("description"), PluginDescription.class);
            }
            List<String> lines = Files.exists(progress) ? Files.readAllLines(progress, StandardCharsets.UTF_8) : List.of();
            if (!stalled && lines.contains(LoadProgress.DONE)) {
                throw new O365Exception("Cannot read " + archive.getFileName() + ": the process reading it could not write its"
                        + " answer (see above); nothing was installed");
            }
            String who = lines.stream()
                    .filter(line -> !line.equals(LoadProgress.DONE)).reduce((first, second) -> second)
                    .map(id -> "plugin '" + id + "'").orElse(archive.getFileName().toString());
            throw new O365Exception(stalled ? who + " did not finish loading within " + process.stallSeconds() + " s ("
                    + IndexProcess.TIMEOUT_VARIABLE + "); nothing was installed"
                    : who + " ended the process while loading (System.exit?); nothing was installed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new O365Exception("Interrupted while reading " + archive.getFileName() + "; nothing was installed");
        } finally {
            if (work != null) {
                PrivateFiles.deleteQuietly(work);
            }
        }
    }

    /**
     * The inspecting process: loads the plugin, writes the answer file, and exits.
     *
     * @param args the archive, the answer file and the host version
     */
    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        // What the plugin prints reaches the user on stderr, as in every o365 run.
        System.setOut(System.err);
        PluginLogging.configure(System.getenv(), err);
        LoadProgress progress = LoadProgress.of(System.getenv());
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode answer = mapper.createObjectNode();
        try {
            answer.set("description", mapper.valueToTree(PluginDescription.inspect(Path.of(args[0]), args[2], progress)));
        } catch (O365Exception e) {
            answer.put("error", e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            answer.put("error", "Cannot install " + Path.of(args[0]).getFileName() + ": " + PluginErrors.oneLine(e));
        }
        progress.entering(LoadProgress.DONE);
        try {
            PrivateFiles.writeAtomically(Path.of(args[1]), mapper.writeValueAsBytes(answer));
        } catch (IOException e) {
            err.println("Error: cannot write " + args[1] + " (" + e.getMessage() + ")");
            System.exit(1);
        }
        System.exit(0);
    }

}
