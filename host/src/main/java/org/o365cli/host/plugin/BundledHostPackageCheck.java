package org.o365cli.host.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.pf4j.PluginRuntimeException;

/**
 * Refuses a plugin that ships classes of a host-provided package. Such a plugin was built with
 * those libraries in compile scope instead of {@code provided}; loading it would mean two copies
 * of the contract and class-cast failures far from the cause.
 */
final class BundledHostPackageCheck {

    private BundledHostPackageCheck() {
    }

    /**
     * Checks a plugin jar, a plugin zip (its {@code classes/} and {@code lib/*.jar}) or an
     * unpacked plugin folder.
     *
     * @param pluginPath the plugin as found in a plugins folder
     * @throws PluginRuntimeException naming the package when the plugin bundles one
     */
    static void check(Path pluginPath) {
        Optional<String> bundled;
        try {
            bundled = Files.isDirectory(pluginPath) ? inFolder(pluginPath) : inArchive(pluginPath);
        } catch (IOException e) {
            throw new PluginRuntimeException(pluginPath.getFileName() + " is not a readable plugin jar, zip or folder ("
                    + e.getMessage() + "); replace or remove it");
        }
        bundled.ifPresent(pkg -> {
            throw new PluginRuntimeException("it bundles its own copy of " + pkg
                    + ", which the host provides; build it with that dependency in provided scope");
        });
    }

    private static Optional<String> inArchive(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Optional<String> found = inEntry(entry, () -> zip.getInputStream(entry));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> inFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                String entry = relative.startsWith("classes/") ? relative.substring("classes/".length()) : relative;
                Optional<String> found = entry.endsWith(".jar") ? inArchive(file)
                        : Optional.ofNullable(HostPackages.packageOfEntry(entry));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> inEntry(ZipEntry entry, EntryOpener opener) throws IOException {
        String name = entry.getName();
        if (name.endsWith(".jar")) {
            try (ZipInputStream nested = new ZipInputStream(opener.open())) {
                for (ZipEntry inner = nested.getNextEntry(); inner != null; inner = nested.getNextEntry()) {
                    String pkg = HostPackages.packageOfEntry(inner.getName());
                    if (pkg != null) {
                        return Optional.of(pkg);
                    }
                }
            }
            return Optional.empty();
        }
        String entryName = name.startsWith("classes/") ? name.substring("classes/".length()) : name;
        return Optional.ofNullable(HostPackages.packageOfEntry(entryName));
    }

    @FunctionalInterface
    private interface EntryOpener {
        InputStream open() throws IOException;
    }
}
