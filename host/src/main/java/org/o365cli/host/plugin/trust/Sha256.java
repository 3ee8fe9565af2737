package org.o365cli.host.plugin.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 digests as o365 shows and records them: lowercase hex. */
public final class Sha256 {

    private Sha256() {
    }

    /**
     * @param file a plugin archive
     * @return its digest, lowercase hex
     * @throws IOException when it cannot be read
     */
    public static String of(Path file) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The digest of these bytes, lowercase hex. */
    public static String of(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    /**
     * A digest as a user or a policy may write it (any case, with or without colons), in the form
     * o365 records; null when it is not 64 hex digits.
     */
    public static String normalise(String hex) {
        String plain = hex == null ? "" : hex.strip().replace(":", "").toLowerCase(Locale.ROOT);
        return plain.matches("[0-9a-f]{64}") ? plain : null;
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
