package org.o365cli.host.plugin.install;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.o365cli.auth.UsageException;

/**
 * A plugin archive brought into a staging folder from what the user named: a local jar or zip,
 * an https URL, or Maven coordinates.
 *
 * @param file   the archive in the staging folder
 * @param source how to name where it came from, recorded in {@code installed.json}
 */
record FetchedArchive(Path file, String source) {

    /**
     * @param source    a path, an https URL or {@code groupId:artifactId:version[:zip]}
     * @param staging   a private folder to put it in
     * @param downloads the HTTP side
     * @param variables the environment ({@code O365_PLUGIN_REPOSITORY})
     * @return the archive
     * @throws IOException when it cannot be copied
     */
    static FetchedArchive fetch(String source, Path staging, Downloads downloads, Map<String, String> variables)
            throws IOException {
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https:") || lower.startsWith("http:")) {
            URI url = URI.create(source);
            String name = archiveName(Path.of(url.getPath() == null ? "" : url.getPath()).getFileName(), source);
            return new FetchedArchive(Files.write(staging.resolve(name), downloads.get(url)), source);
        }
        Path local = Path.of(source);
        if (Files.isRegularFile(local)) {
            String name = archiveName(local.getFileName(), source);
            return new FetchedArchive(Files.copy(local, staging.resolve(name)), local.toAbsolutePath().normalize().toString());
        }
        MavenCoordinates coordinates = MavenCoordinates.parse(source).orElseThrow(() -> new UsageException("'" + source
                + "' is not a plugin file, an https URL or Maven coordinates (groupId:artifactId:version[:zip])"));
        byte[] content = new MavenRepository(variables, downloads).download(coordinates);
        String name = coordinates.artifactId() + "-" + coordinates.version() + "." + coordinates.extension();
        return new FetchedArchive(Files.write(staging.resolve(name), content), coordinates.toString());
    }

    private static String archiveName(Path fileName, String source) {
        String name = fileName == null ? "" : fileName.toString();
        if (!name.endsWith(".jar") && !name.endsWith(".zip")) {
            throw new UsageException("'" + source + "' is not a .jar or .zip plugin archive");
        }
        return name;
    }
}
