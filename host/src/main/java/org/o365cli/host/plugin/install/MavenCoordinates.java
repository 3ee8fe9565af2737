package org.o365cli.host.plugin.install;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code groupId:artifactId:version[:extension]}: a plugin published to a Maven repository, a jar
 * unless the extension says {@code zip}.
 *
 * @param groupId    e.g. {@code com.contoso}
 * @param artifactId e.g. {@code hr-pack}
 * @param version    e.g. {@code 1.2.0}
 * @param extension  {@code jar} or {@code zip}
 */
record MavenCoordinates(String groupId, String artifactId, String version, String extension) {

    private static final String PART = "[A-Za-z0-9_.-]+";
    private static final Pattern FORM = Pattern.compile("(" + PART + "):(" + PART + "):(" + PART + ")(?::(jar|zip))?");

    /** The coordinates, when the text has their form. */
    static Optional<MavenCoordinates> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches() || m.group(3).contains("..") || m.group(1).contains("..")) {
            return Optional.empty();
        }
        return Optional.of(new MavenCoordinates(m.group(1), m.group(2), m.group(3), m.group(4) == null ? "jar" : m.group(4)));
    }

    /** The same artifact at another version. */
    MavenCoordinates at(String otherVersion) {
        return new MavenCoordinates(groupId, artifactId, otherVersion, extension);
    }

    /** The archive's URL under a repository's base URL. */
    URI archive(URI repository) {
        return folder(repository).resolve(version + "/" + artifactId + "-" + version + "." + extension);
    }

    /** The artifact's {@code maven-metadata.xml}, which lists its versions. */
    URI metadata(URI repository) {
        return folder(repository).resolve("maven-metadata.xml");
    }

    private URI folder(URI repository) {
        String base = repository.toString().endsWith("/") ? repository.toString() : repository + "/";
        return URI.create(base + groupId.replace('.', '/') + "/" + artifactId + "/");
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version + (extension.equals("jar") ? "" : ":" + extension);
    }
}
