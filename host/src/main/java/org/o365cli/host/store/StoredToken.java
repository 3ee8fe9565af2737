package org.o365cli.host.store;

import java.time.Instant;

/**
 * An access token kept for a resource. {@code toString} shows no token.
 *
 * @param accessToken the token
 * @param expiresOn   when it expires
 */
public record StoredToken(String accessToken, Instant expiresOn) {

    @Override
    public String toString() {
        return "StoredToken[expiresOn=" + expiresOn + ", accessToken=<redacted>]";
    }
}
