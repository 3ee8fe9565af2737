package org.o365cli.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token for one resource. Its {@code toString} never shows the value, so a token
 * logged or put into an error message by mistake does not leak.
 *
 * @param value     the token to send as {@code Authorization: Bearer <value>}
 * @param resource  the resource the token was issued for; send it to that origin only
 * @param expiresOn when the token stops being valid
 */
public record AccessToken(String value, Resource resource, Instant expiresOn) {

    /** Checks that every part is present. */
    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(expiresOn, "expiresOn");
    }

    /** The value of an {@code Authorization} header carrying this token. */
    public String authorizationHeader() {
        return "Bearer " + value;
    }

    @Override
    public String toString() {
        return "AccessToken[resource=" + resource + ", expiresOn=" + expiresOn + ", value=<redacted>]";
    }
}
