package org.o365cli.host.auth.claims;

import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.o365cli.auth.Resource;

/**
 * What an access token says about itself, read for display, for a sanity check of its audience
 * and for when to renew it. Reading is best effort and checks no signature: the token is our own,
 * just issued. Tokens that are not readable JWTs are opaque and every claim is absent: some
 * Microsoft tokens are not JWTs at all, and an encrypted one (JWE) can only be read by its API.
 *
 * @param connectedAs the user ({@code upn}, {@code preferred_username}, {@code unique_name}) or the app
 *                    ({@code app_displayname}, {@code appid}, {@code azp}, {@code sub}), or null
 * @param tenantId    the {@code tid} claim, or null
 * @param objectId    the {@code oid} claim, or null
 * @param audience    the {@code aud} claim's values, empty when absent
 * @param expiresAt   the {@code exp} claim, or null
 * @param issuedAt    the {@code iat} claim, or null
 * @param readable    whether the token is a JWT whose claims could be read
 */
public record TokenClaims(String connectedAs, String tenantId, String objectId, List<String> audience, Instant expiresAt,
                          Instant issuedAt, boolean readable) {

    /** Nothing known: the token is not a readable JWT. */
    public static final TokenClaims NONE = new TokenClaims(null, null, null, List.of(), null, null, false);

    private static final Pattern GUID = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final List<String> IDENTITY_CLAIMS = List.of("upn", "preferred_username", "unique_name",
            "app_displayname", "appid", "azp", "sub");

    /** Copies the audience list. */
    public TokenClaims {
        audience = audience == null ? List.of() : List.copyOf(audience);
    }

    /**
     * @param accessToken an access token, possibly not a JWT
     * @return its claims, or {@link #NONE} when it can't be read
     */
    public static TokenClaims read(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            return NONE;
        }
        JWTClaimsSet claims;
        try {
            JWT jwt = JWTParser.parse(accessToken);
            // An encrypted token (JWE) parses, but its claims stay null until decrypted.
            claims = jwt instanceof EncryptedJWT ? null : jwt.getJWTClaimsSet();
        } catch (ParseException | RuntimeException e) {
            return NONE;
        }
        if (claims == null) {
            return NONE;
        }
        String connectedAs = IDENTITY_CLAIMS.stream().map(name -> text(claims, name)).filter(v -> v != null && !v.isBlank())
                .findFirst().orElse(null);
        List<String> audience = claims.getAudience() == null ? List.of() : claims.getAudience();
        Instant exp = claims.getExpirationTime() == null ? null : claims.getExpirationTime().toInstant();
        Instant iat = claims.getIssueTime() == null ? null : claims.getIssueTime().toInstant();
        return new TokenClaims(connectedAs, text(claims, "tid"), text(claims, "oid"), audience, exp, iat, true);
    }

    /**
     * Whether the token may be sent to the resource: its audience is the resource URI (with or
     * without a trailing slash) or an application id (a GUID). A GUID counts only when it is the
     * resource's own app id for the resources whose id is known ({@link KnownApps}: Graph's
     * {@code 00000003-0000-0000-c000-000000000000}, SharePoint's
     * {@code 00000003-0000-0ff1-ce00-000000000000}); for other resources any GUID may be the API's
     * app id, so it is accepted. A token that is not a readable JWT is accepted,
     * as nothing can be told from it; a JWT without {@code aud} is not: it names no resource at all
     * (Keycloak, asked with a refresh token for a scope the grant did not include, drops that scope
     * and answers with such a token).
     *
     * @param resource the resource the token was asked for
     * @return false when the token is a JWT that names another audience or none
     */
    public boolean audienceMatches(Resource resource) {
        if (!readable) {
            return true;
        }
        Optional<String> appId = KnownApps.appId(resource);
        return audience.stream().anyMatch(aud -> GUID.matcher(aud.strip()).matches()
                ? appId.map(id -> id.equalsIgnoreCase(aud.strip())).orElse(true)
                : sameResource(aud, resource));
    }

    private static boolean sameResource(String aud, Resource resource) {
        String value = aud.strip().toLowerCase(Locale.ROOT);
        if (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        return value.equals(resource.uri());
    }

    private static String text(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String s ? s : null;
    }
}
