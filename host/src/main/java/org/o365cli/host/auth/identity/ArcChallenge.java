package org.o365cli.host.auth.identity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.http.ServerText;

/**
 * Azure Arc's answer to a token request without credentials: 401 and {@code WWW-Authenticate: Basic
 * realm=<key file>}. Proving that we may read that file (only the agent's group can) is the proof it
 * wants, so its content is the secret of the second request. A server on the agent's port could name
 * any file, so the file must be a {@code .key} file of at most 4096 bytes in the agent's token folder.
 */
final class ArcChallenge {

    /** The most bytes a key file may have, as Microsoft's libraries check. */
    static final int MAX_KEY_BYTES = 4096;

    private static final String SCHEME = "basic realm=";
    private static final String READERS = "run o365 as a user who may read it: on Linux a member of the himds group,"
            + " on Windows an administrator or a member of the Hybrid agent extension applications group";

    private ArcChallenge() {
    }

    /**
     * @param challenge the {@code WWW-Authenticate} header of the 401, or null
     * @param tokens    the agent's token folder, or null where Arc does not run
     * @return the key file's content, the secret to send as {@code Authorization: Basic <secret>}
     */
    static String key(String challenge, Path tokens) {
        if (tokens == null) {
            throw new O365Exception("Azure Arc managed identity works on Linux and Windows only, not on "
                    + System.getProperty("os.name") + "; connect with --authType certificate or secret instead");
        }
        if (challenge == null || challenge.isBlank()) {
            throw new O365Exception("Azure Arc's identity endpoint answered HTTP 401 without a WWW-Authenticate challenge:"
                    + " check that the Azure Connected Machine agent (himds) runs and IDENTITY_ENDPOINT names it");
        }
        String value = challenge.strip();
        if (!value.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            throw new O365Exception("Azure Arc's identity endpoint answered HTTP 401 with the challenge '" + ServerText.line(value, 100)
                    + "', not 'Basic realm=<key file>': check that IDENTITY_ENDPOINT names the Azure Connected Machine agent");
        }
        Path file = keyFile(unquoted(value.substring(SCHEME.length()).strip()), tokens);
        return read(file, tokens);
    }

    private static Path keyFile(String realm, Path tokens) {
        Path file;
        try {
            file = Path.of(realm).normalize();
        } catch (InvalidPathException e) {
            file = null;
        }
        if (file == null || !file.isAbsolute() || !file.startsWith(tokens) || file.getFileName() == null
                || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".key")) {
            throw new O365Exception("Azure Arc's identity endpoint named '" + ServerText.line(realm, 200) + "' as its key file,"
                    + " which is not a .key file in " + tokens + "; o365 reads no other file: check that IDENTITY_ENDPOINT"
                    + " names the Azure Connected Machine agent");
        }
        return file;
    }

    private static String read(Path file, Path tokens) {
        byte[] content;
        try {
            // A link inside the folder must not lead outside it.
            Path real = file.toRealPath();
            if (!real.startsWith(tokens.toRealPath()) || !Files.isRegularFile(real)) {
                throw new O365Exception("Azure Arc's key file " + file + " is not a file in its folder; o365 reads no other file");
            }
            try (InputStream in = Files.newInputStream(real)) {
                content = in.readNBytes(MAX_KEY_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new O365Exception("Azure Arc's key file " + file + " does not exist: check that the Azure Connected Machine"
                    + " agent (himds) runs");
        } catch (AccessDeniedException e) {
            throw new O365Exception("Cannot read Azure Arc's key file " + file + " (permission denied): " + READERS);
        } catch (IOException e) {
            throw new O365Exception("Cannot read Azure Arc's key file " + file + " (" + e.getClass().getSimpleName() + "): " + READERS);
        }
        if (content.length > MAX_KEY_BYTES) {
            throw new O365Exception("Azure Arc's key file " + file + " is larger than " + MAX_KEY_BYTES
                    + " bytes, which no agent key is; o365 does not send it");
        }
        String key = new String(content, StandardCharsets.UTF_8).strip();
        if (key.isEmpty() || key.chars().anyMatch(Character::isISOControl)) {
            throw new O365Exception("Azure Arc's key file " + file + " is empty or not one line, which no agent key is;"
                    + " o365 does not send it");
        }
        return key;
    }

    private static String unquoted(String realm) {
        return realm.length() >= 2 && realm.startsWith("\"") && realm.endsWith("\"") ? realm.substring(1, realm.length() - 1) : realm;
    }
}
