package org.o365cli.sandbox.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.o365cli.sandbox.Form;

/**
 * Checks a certificate's client assertion ({@code private_key_jwt}) the way Azure AD does: the
 * certificate named by the header's {@code x5t} must be registered on the app, the signature must
 * be its key's, {@code aud} the token endpoint, {@code iss} and {@code sub} the app, and it must be
 * within its validity.
 */
final class ClientAssertions {

    static final String TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final Clock clock;

    ClientAssertions(Clock clock) {
        this.clock = clock;
    }

    /** Empty when the assertion is good, else the error to answer. */
    Optional<AadError> check(Form form, String tokenEndpoint, ObjectNode state, String clientId) {
        if (!form.get("client_assertion_type").orElse("").equals(TYPE)) {
            return Optional.of(AadError.badRequest(50027, "client_assertion_type must be " + TYPE + "."));
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(form.get("client_assertion").orElse(""));
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return Optional.of(AadError.invalidClient(50027, "JWT token is invalid or malformed."));
        }
        String thumbprint = jwt.getHeader().getX509CertThumbprint() == null ? ""
                : jwt.getHeader().getX509CertThumbprint().toString();
        JsonNode registered = state.path("certificates").path(thumbprint);
        if (registered.isMissingNode()) {
            return Optional.of(AadError.invalidClient(700027, "The certificate with identifier used to sign the client "
                    + "assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by "
                    + "client: '" + thumbprint + "'. Register it with 'o365 sandbox certificate add'.]"));
        }
        if (!verified(jwt, registered)) {
            return Optional.of(AadError.invalidClient(700027, "Client assertion contains an invalid signature."));
        }
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        Date nbf = claims.getNotBeforeTime();
        if (exp == null || exp.toInstant().isBefore(now) || nbf != null && nbf.toInstant().isAfter(now.plusSeconds(300))) {
            return Optional.of(AadError.invalidClient(700024, "Client assertion is not within its valid time range."));
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(tokenEndpoint)) {
            return Optional.of(AadError.invalidClient(700021, "Client assertion audience claim does not match Realm issuer. "
                    + "Expected " + tokenEndpoint + "."));
        }
        if (!clientId.equals(claims.getIssuer()) || !clientId.equals(claims.getSubject())) {
            return Optional.of(AadError.invalidClient(700023, "Client assertion issuer and subject must be the client id."));
        }
        return Optional.empty();
    }

    private static boolean verified(SignedJWT jwt, JsonNode registered) {
        try {
            RSAKey key = RSAKey.parse(registered.toString());
            return JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) && jwt.verify(new RSASSAVerifier(key));
        } catch (ParseException | JOSEException e) {
            return false;
        }
    }
}
