package org.o365cli.sandbox.signin;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.o365cli.sandbox.directory.Seed;

/**
 * Issues the sandbox's access and ID tokens: RS256 JWTs in the shape of Azure AD's v1 access tokens
 * ({@code aud} the resource, {@code iss} {@code https://sts.windows.net/<tid>/}, {@code tid},
 * {@code oid}, {@code upn} and {@code scp} for a user, {@code roles} for an app).
 */
public final class Tokens {

    private final SigningKey key;
    private final Clock clock;

    /**
     * @param key   the signing key
     * @param clock the time
     */
    public Tokens(SigningKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    /** The issuer of access tokens. */
    public static String issuer() {
        return "https://sts.windows.net/" + Seed.TENANT_ID + "/";
    }

    /**
     * A token for a signed-in user.
     *
     * @param subject  the user and the app
     * @param resource the audience, e.g. {@code https://graph.microsoft.com}
     * @param scopes   the delegated permissions, space-separated
     * @param lifetime how long it is valid
     */
    public String forUser(Subject subject, String resource, String scopes, Duration lifetime) {
        return key.sign(common(subject.appId(), resource, lifetime)
                .subject(subject.objectId())
                .claim("oid", subject.objectId())
                .claim("upn", subject.userPrincipalName())
                .claim("unique_name", subject.userPrincipalName())
                .claim("name", subject.displayName())
                .claim("scp", scopes)
                .claim("amr", List.of("pwd"))
                .build());
    }

    /** A token for an application signed in with its own credential. */
    public String forApp(String appId, String servicePrincipalId, String resource, List<String> roles, Duration lifetime) {
        return key.sign(common(appId, resource, lifetime)
                .subject(servicePrincipalId)
                .claim("oid", servicePrincipalId)
                .claim("roles", roles)
                .claim("idtyp", "app")
                .build());
    }

    /** An OpenID Connect ID token for the user, audience the app. */
    public String idToken(Subject subject, Duration lifetime) {
        Instant now = clock.instant();
        return key.sign(new JWTClaimsSet.Builder()
                .issuer("https://login.microsoftonline.com/" + Seed.TENANT_ID + "/v2.0")
                .audience(subject.appId()).subject(subject.objectId())
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plus(lifetime)))
                .claim("oid", subject.objectId()).claim("tid", Seed.TENANT_ID)
                .claim("preferred_username", subject.userPrincipalName()).claim("name", subject.displayName())
                .claim("ver", "2.0").build());
    }

    private JWTClaimsSet.Builder common(String appId, String resource, Duration lifetime) {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder()
                .audience(resource)
                .issuer(issuer())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim("appid", appId)
                .claim("appidacr", "1")
                .claim("tid", Seed.TENANT_ID)
                .claim("ver", "1.0");
    }

    /**
     * Who a delegated token is for.
     *
     * @param objectId          the user's object id
     * @param userPrincipalName the user's sign-in name
     * @param displayName       the user's name
     * @param appId             the app signed in to
     */
    public record Subject(String objectId, String userPrincipalName, String displayName, String appId) {
    }
}
