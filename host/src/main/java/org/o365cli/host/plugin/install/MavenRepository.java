package org.o365cli.host.plugin.install;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.UsageException;
import org.pf4j.DefaultVersionManager;

/**
 * A Maven repository plugins are installed from: Maven Central, or the one
 * {@code O365_PLUGIN_REPOSITORY} names (an organisation's mirror). Every archive is checked
 * against the checksum the repository publishes beside it ({@code .sha256}, else {@code .sha1}).
 */
final class MavenRepository {

    /** The variable naming another repository's base URL. */
    static final String VARIABLE = "O365_PLUGIN_REPOSITORY";

    private static final URI CENTRAL = URI.create("https://repo1.maven.org/maven2/");
    private static final Pattern VERSION = Pattern.compile("<version>\\s*([^<\\s]+)\\s*</version>");
    private static final Pattern HEX = Pattern.compile("^\\s*([0-9a-fA-F]+)(\\s|$)");

    private final URI base;
    private final Downloads downloads;

    MavenRepository(Map<String, String> variables, Downloads downloads) {
        String named = variables.get(VARIABLE);
        this.base = named == null || named.isBlank() ? CENTRAL : URI.create(named.strip());
        this.downloads = downloads;
        Downloads.checkScheme(base);
    }

    /**
     * @param coordinates the artifact
     * @return its archive, checked against the repository's checksum
     * @throws O365Exception when it is missing, has no checksum or does not match it
     */
    byte[] download(MavenCoordinates coordinates) {
        URI archive = coordinates.archive(base);
        byte[] content = downloads.get(archive);
        for (String algorithm : List.of("SHA-256", "SHA-1")) {
            URI sum = URI.create(archive + "." + algorithm.replace("-", "").toLowerCase(Locale.ROOT));
            Optional<byte[]> published = downloads.fetch(sum);
            if (published.isPresent()) {
                String expected = firstHex(published.get(), sum);
                String actual = HexFormat.of().formatHex(digest(algorithm).digest(content));
                if (!actual.equals(expected)) {
                    throw new O365Exception("Refusing " + coordinates + ": its " + algorithm + " is " + actual + " but "
                            + sum + " says " + expected + "; the download or the repository is corrupt, try again later");
                }
                return content;
            }
        }
        throw new O365Exception("Refusing " + coordinates + ": " + base + " publishes no .sha256 or .sha1 beside it;"
                + " download it yourself and install the file");
    }

    /**
     * @param coordinates the artifact, at any version
     * @return the newest version the repository lists for it
     */
    String newestVersion(MavenCoordinates coordinates) {
        URI metadata = coordinates.metadata(base);
        String xml = new String(downloads.get(metadata), StandardCharsets.UTF_8);
        DefaultVersionManager versions = new DefaultVersionManager();
        Matcher m = VERSION.matcher(xml);
        String newest = null;
        while (m.find()) {
            String candidate = m.group(1);
            if (isRelease(candidate) && (newest == null || compare(versions, candidate, newest) > 0)) {
                newest = candidate;
            }
        }
        if (newest == null) {
            throw new O365Exception("Cannot update from " + metadata + ": it lists no released version");
        }
        return newest;
    }

    private static boolean isRelease(String version) {
        return !version.toUpperCase(Locale.ROOT).endsWith("-SNAPSHOT");
    }

    private static int compare(DefaultVersionManager versions, String a, String b) {
        try {
            return versions.compareVersions(a, b);
        } catch (RuntimeException e) {
            return a.compareTo(b);
        }
    }

    private static String firstHex(byte[] file, URI where) {
        Matcher m = HEX.matcher(new String(file, StandardCharsets.US_ASCII));
        if (!m.find()) {
            throw new O365Exception(where + " does not hold a checksum; try again later");
        }
        return m.group(1).toLowerCase(Locale.ROOT);
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
