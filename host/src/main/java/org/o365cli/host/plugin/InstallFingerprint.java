package org.o365cli.host.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.List;
import java.util.stream.Stream;
import org.o365cli.host.config.HostEnvironment;

/**
 * What the command index depends on, as one string: the host version, the host's own code, the
 * installation's {@code lib/} and every file under the plugin folders (path, size, modification
 * time and file key, so a replaced or rewritten file counts as changed). Kept as plain text rather
 * than a digest: comparing it costs less than starting a digest, and it cannot collide.
 */
public final class InstallFingerprint {

    private InstallFingerprint() {
    }

    /**
     * @param environment the installation and the user's folders
     * @return the fingerprint of what is installed now
     */
    public static String of(HostEnvironment environment) {
        StringBuilder text = new StringBuilder("host ").append(environment.version()).append('\n');
        hostCode().ifPresent(code -> describe(code, text));
        environment.installDir().ifPresent(dir -> describe(dir.resolve("lib"), text));
        environment.bundledPluginsDir().ifPresent(dir -> describe(dir, text));
        describe(environment.userPluginsDir(), text);
        return text.toString();
    }

    private static java.util.Optional<Path> hostCode() {
        CodeSource source = InstallFingerprint.class.getProtectionDomain().getCodeSource();
        try {
            return source == null || source.getLocation() == null ? java.util.Optional.empty()
                    : java.util.Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static void describe(Path root, StringBuilder text) {
        if (!Files.isDirectory(root)) {
            line(root, text);
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> sorted = files.sorted().toList();
            sorted.forEach(file -> line(file, text));
        } catch (NoSuchFileException e) {
            text.append(root).append(" -\n");
        } catch (IOException | UncheckedIOException e) {
            // Unreadable, or a file vanished while being listed: this matches no index, so the plugins are loaded
            // one by one, which reports what is wrong.
            text.append(root).append(" unreadable\n");
        }
    }

    private static void line(Path file, StringBuilder text) {
        text.append(file);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            text.append(' ').append(attributes.size()).append(' ').append(attributes.lastModifiedTime().toInstant())
                    .append(' ').append(attributes.fileKey());
        } catch (IOException e) {
            text.append(" -");
        }
        text.append('\n');
    }
}
