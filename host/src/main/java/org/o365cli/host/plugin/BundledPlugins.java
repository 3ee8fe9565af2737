package org.o365cli.host.plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.o365cli.host.config.HostEnvironment;
import org.o365cli.host.plugin.trust.Sha256;

/**
 * The plugins an installation ships, {@code plugins/bundled.sha256}: one line per archive,
 * {@code <sha256>  <file name>} as {@code sha256sum} writes it (so {@code sha256sum -c} checks it too),
 * made when the distribution is packaged. They were built and tested with this host, so the command
 * index of an installation holding only them, unchanged, is built in the process that needs it;
 * anything else (a plugin of the user's, one dropped into the installation, a changed archive, a folder)
 * sends the indexing to a separate process ({@link IndexProcess}), whose failure cannot take the
 * host's own commands down.
 */
public final class BundledPlugins {

    /** The manifest's name, in the installation's {@code plugins/} folder. */
    public static final String FILE_NAME = "bundled.sha256";
    private static final long MAX_MANIFEST_BYTES = 1 << 20;

    private BundledPlugins() {
    }

    /**
     * @param environment the installation and the user's folders
     * @return whether every plugin there is one the installation ships, byte for byte (or there is none)
     */
    public static boolean onlyShipped(HostEnvironment environment) {
        try {
            if (!candidates(environment.userPluginsDir()).isEmpty()) {
                return false;
            }
            Optional<Path> folder = environment.bundledPluginsDir();
            List<Path> plugins = folder.isPresent() ? candidates(folder.get()) : List.of();
            if (plugins.isEmpty()) {
                return true;
            }
            Map<String, String> listed = read(folder.get());
            for (Path plugin : plugins) {
                if (!shipped(plugin, listed)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;   // whatever cannot be checked is indexed the contained way
        }
    }

    /**
     * Writes the manifest listing these archives of the folder (the distribution's build lists them all;
     * the tests' installations list the plugins they place as shipped).
     *
     * @param folder an installation's {@code plugins/} folder
     * @param names  the archives' file names
     * @throws IOException when one cannot be read or the manifest cannot be written
     */
    public static void write(Path folder, Collection<String> names) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String name : names.stream().sorted().toList()) {
            text.append(Sha256.of(folder.resolve(name))).append("  ").append(name).append('\n');
        }
        // Readable by all, as the installation's other files: every user's runs check it.
        Files.writeString(folder.resolve(FILE_NAME), text, StandardCharsets.UTF_8);
    }

    /**
     * Packaging: lists every {@code .jar} and {@code .zip} of the folder given.
     *
     * @param args the distribution's {@code plugins/} folder
     * @throws IOException when it cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BundledPlugins <installation's plugins folder>");
        }
        Path folder = Path.of(args[0]);
        try (Stream<Path> files = Files.list(folder)) {
            write(folder, files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(BundledPlugins::isArchive).toList());
        }
    }

    // What PF4J may load from a plugins folder: archives and folders (a zip's unpacked copy among them).
    private static List<Path> candidates(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> Files.isDirectory(p) || isArchive(p.getFileName().toString())).sorted().toList();
        } catch (NoSuchFileException e) {
            return List.of();
        }
    }

    private static boolean shipped(Path plugin, Map<String, String> listed) throws IOException {
        String name = plugin.getFileName().toString();
        if (Files.isDirectory(plugin)) {
            // PF4J unpacks a zip into a folder beside it; the zip itself is checked as its own entry.
            return listed.containsKey(name + ".zip") && Files.isRegularFile(plugin.resolveSibling(name + ".zip"));
        }
        return Files.isRegularFile(plugin) && Sha256.of(plugin).equals(listed.get(name));
    }

    private static Map<String, String> read(Path folder) throws IOException {
        Path manifest = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(manifest) || Files.size(manifest) > MAX_MANIFEST_BYTES) {
            return Map.of();
        }
        Map<String, String> listed = new HashMap<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            int gap = line.indexOf("  ");
            if (gap == 64) {
                Optional.ofNullable(Sha256.normalise(line.substring(0, gap)))
                        .ifPresent(hex -> listed.put(line.substring(gap + 2), hex));
            }
        }
        return listed;
    }

    private static boolean isArchive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jar") || lower.endsWith(".zip");
    }
}
