package org.o365cli.host.auth.clientcredentials;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.JWTID;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.auth.certificate.CertificateCredential;

/**
 * The {@code private_key_jwt} client assertion Azure AD takes for a certificate: header
 * {@code alg} RS256, {@code typ} JWT, {@code x5t} the base64url SHA-1 of the DER certificate;
 * claims {@code aud} the token endpoint, {@code iss} = {@code sub} = the client id, a fresh
 * {@code jti}, {@code nbf} = {@code iat} = now and {@code exp} ten minutes later.
 */
public final class CertificateAssertion {

    /** Azure AD refuses assertions valid for longer. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private final Clock clock;

    /** @param clock the clock the assertion's times are read from */
    public CertificateAssertion(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param certificate   the app's certificate and key
     * @param clientId      the app's client id
     * @param tokenEndpoint the token endpoint the assertion is for
     * @return the signed assertion as nimbus client authentication
     */
    @SuppressWarnings("deprecation") // x5t (SHA-1) is what Azure AD documents with RS256
    public PrivateKeyJWT create(CertificateCredential certificate, ClientID clientId, URI tokenEndpoint) {
        Instant now = clock.instant();
        Date issued = Date.from(now);
        JWTAuthenticationClaimsSet claims = new JWTAuthenticationClaimsSet(clientId, List.of(new Audience(tokenEndpoint)),
                Date.from(now.plus(LIFETIME)), issued, issued, new JWTID());
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .x509CertThumbprint(sha1Thumbprint(certificate)).build();
        try {
            SignedJWT jwt = new SignedJWT(header, claims.toJWTClaimsSet());
            jwt.sign(new RSASSASigner(certificate.privateKey()));
            return new PrivateKeyJWT(jwt);
        } catch (JOSEException | IllegalArgumentException e) {
            throw new O365Exception("Could not sign the client assertion with the certificate's key: " + e.getMessage(), e);
        }
    }

    private static Base64URL sha1Thumbprint(CertificateCredential certificate) {
        try {
            return Base64URL.encode(MessageDigest.getInstance("SHA-1").digest(certificate.certificate().getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("Can't compute the SHA-1 thumbprint of the certificate", e);
        }
    }
}
