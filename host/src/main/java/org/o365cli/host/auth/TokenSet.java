package org.o365cli.host.auth;

import java.time.Instant;

/**
 * What a token endpoint answered. {@code toString} shows no token.
 *
 * @param accessToken  the access token
 * @param expiresOn    when it expires, from {@code expires_in} (authoritative) counted from when the request was sent
 * @param refreshToken the refresh token, or null (app-only flows, or none issued)
 * @param idToken      the id token, or null
 */
public record TokenSet(String accessToken, Instant expiresOn, String refreshToken, String idToken) {

    @Override
    public String toString() {
        return "TokenSet[expiresOn=" + expiresOn + ", refreshToken=" + (refreshToken == null ? "none" : "<redacted>")
                + ", idToken=" + (idToken == null ? "none" : "<redacted>") + ", accessToken=<redacted>]";
    }
}
