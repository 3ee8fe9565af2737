package org.o365cli.sandbox.signin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The refresh tokens of the state: opaque random strings kept only as SHA-256 hashes. Each is used
 * once (using it issues the next one); {@code revoke} moves every live one to the revoked list, so
 * that using one later says it was revoked.
 */
public final class RefreshTokens {

    static final Duration LIFETIME = Duration.ofDays(90);
    private static final int MAX_REVOKED = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RefreshTokens() {
    }

    /** Keeps a new refresh token for the user and app in the state and returns it. */
    static String issue(ObjectNode state, String objectId, String appId, Instant now) {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        String token = "0.SBX" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ObjectNode entry = state.withObjectProperty("refreshTokens").putObject(hash(token));
        entry.put("oid", objectId);
        entry.put("appId", appId);
        entry.put("expires", now.plus(LIFETIME).getEpochSecond());
        return token;
    }

    /** Takes a refresh token out of the state: its entry when it was live, else why not. */
    static Optional<ObjectNode> redeem(ObjectNode state, String token, Instant now) {
        ObjectNode live = state.withObjectProperty("refreshTokens");
        prune(live, now);
        return Optional.ofNullable((ObjectNode) live.remove(hash(token)));
    }

    /** Whether a refresh token was revoked (rather than never issued or already used). */
    static boolean revoked(ObjectNode state, String token) {
        return state.path("revokedRefreshTokens").has(hash(token));
    }

    /**
     * Revokes every live refresh token.
     *
     * @param state the tenant's state
     * @return how many were live
     */
    public static int revokeAll(ObjectNode state) {
        ObjectNode live = state.withObjectProperty("refreshTokens");
        ObjectNode revoked = state.withObjectProperty("revokedRefreshTokens");
        int count = live.size();
        live.fieldNames().forEachRemaining(hash -> revoked.put(hash, true));
        live.removeAll();
        Iterator<String> oldest = revoked.fieldNames();
        while (revoked.size() > MAX_REVOKED && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
        return count;
    }

    private static void prune(ObjectNode live, Instant now) {
        Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> entries = live.fields();
        while (entries.hasNext()) {
            if (entries.next().getValue().path("expires").asLong() < now.getEpochSecond()) {
                entries.remove();
            }
        }
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
