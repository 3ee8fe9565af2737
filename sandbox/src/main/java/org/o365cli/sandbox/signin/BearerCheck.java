package org.o365cli.sandbox.signin;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.util.Locale;
import org.o365cli.sandbox.SandboxRequest;
import org.o365cli.sandbox.directory.Seed;

/**
 * Checks the bearer token an API request carries: a JWT signed by the sandbox's key, for this
 * tenant, not expired, and issued for the request's resource (its scheme and host).
 */
public final class BearerCheck {

    private final SigningKey key;
    private final Clock clock;

    /**
     * @param key   the signing key
     * @param clock the time
     */
    public BearerCheck(SigningKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    /** The token's claims, or why it is refused. */
    public Result check(SandboxRequest request) {
        String header = request.header("Authorization").orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            return Result.refused(Failure.MISSING, "Access token is empty.");
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(header.substring(7).trim());
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return Result.refused(Failure.MALFORMED, "IDX14100: JWT is not well formed.");
        }
        if (!key.signed(jwt)) {
            return Result.refused(Failure.SIGNATURE, "IDX10511: Signature validation failed.");
        }
        if (claims.getExpirationTime() == null || !claims.getExpirationTime().toInstant().isAfter(clock.instant())) {
            return Result.refused(Failure.EXPIRED, "Lifetime validation failed, the token is expired.");
        }
        String resource = request.origin().toLowerCase(Locale.ROOT);
        if (claims.getAudience() == null || claims.getAudience().stream().noneMatch(resource::equalsIgnoreCase)) {
            return Result.refused(Failure.AUDIENCE, "Invalid audience Uri '" + String.join(",",
                    claims.getAudience() == null ? java.util.List.of() : claims.getAudience()) + "'.");
        }
        if (!Seed.TENANT_ID.equals(claims.getClaim("tid"))) {
            return Result.refused(Failure.TENANT, "The token's tenant is not this tenant.");
        }
        return new Result(claims, null, null);
    }

    /** Why a token was refused. */
    public enum Failure { MISSING, MALFORMED, SIGNATURE, EXPIRED, AUDIENCE, TENANT }

    /**
     * @param claims  the token's claims when it is good
     * @param failure why it was refused, or null
     * @param message the refusal in the identity platform's words, or null
     */
    public record Result(JWTClaimsSet claims, Failure failure, String message) {
        static Result refused(Failure failure, String message) {
            return new Result(null, failure, message);
        }

        /** Whether the token is good. */
        public boolean ok() {
            return failure == null;
        }

        /** Whether the caller is an app signed in with its own credential (no user). */
        public boolean appOnly() {
            return claims != null && claims.getClaim("scp") == null;
        }
    }
}
