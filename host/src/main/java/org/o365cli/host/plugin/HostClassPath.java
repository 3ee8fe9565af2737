package org.o365cli.host.plugin;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.o365cli.host.config.HostEnvironment;

/**
 * The class path the host's own classes were loaded from, when it lies wholly in the installation's
 * {@code lib/}: then the {@link InstallFingerprint} covers every file on it, and the extensions found
 * on it while indexing are known for as long as the index matches. Looking them up on every run
 * would open every jar of {@code lib/} (the JDK reads each one's directory, and the signed ones'
 * long manifests), a tenth of a second on a busy machine, to find nothing in a distribution.
 */
final class HostClassPath {

    private HostClassPath() {
    }

    /**
     * @param environment the installation
     * @param loader      the loader of the host's classes (the application's, or the resident client's own)
     * @return the class path's entries in order, one string; empty when it is not known to lie in {@code lib/}
     */
    static String of(HostEnvironment environment, ClassLoader loader) {
        return of(environment, entries(loader));
    }

    /**
     * @param environment the installation
     * @param entries     the class path's entries, in order
     * @return them as one string; empty when one lies outside the installation's {@code lib/}
     */
    static String of(HostEnvironment environment, List<Path> entries) {
        Optional<Path> lib = environment.installDir().map(dir -> dir.resolve("lib").toAbsolutePath().normalize());
        if (lib.isEmpty() || entries.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Path entry : entries) {
            Path file = entry.toAbsolutePath().normalize();
            if (!file.startsWith(lib.get())) {
                return "";
            }
            text.append(file).append(File.pathSeparatorChar);
        }
        return text.toString();
    }

    private static List<Path> entries(ClassLoader loader) {
        List<Path> entries = new ArrayList<>();
        if (loader == ClassLoader.getSystemClassLoader()) {
            for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (entry.isEmpty()) {
                    return List.of();
                }
                entries.add(Path.of(entry));
            }
        } else if (loader instanceof URLClassLoader own && own.getParent() == ClassLoader.getPlatformClassLoader()) {
            // The resident client's loader of lib/ when it runs a command itself: it sees its own URLs alone.
            for (URL url : own.getURLs()) {
                if (!"file".equals(url.getProtocol())) {
                    return List.of();
                }
                try {
                    entries.add(Path.of(url.toURI()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return List.of();
                }
            }
        }
        return entries;
    }
}
