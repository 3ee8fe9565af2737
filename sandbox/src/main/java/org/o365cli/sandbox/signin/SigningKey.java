package org.o365cli.sandbox.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.ParseException;
import java.util.UUID;

/** The sandbox's own RSA key: signs every token it issues (RS256) and checks them when they come back. */
public final class SigningKey {

    private final RSAKey key;

    private SigningKey(RSAKey key) {
        this.key = key;
    }

    /** Makes a new key and writes it (owner-only) to the file, replacing any old one. */
    public static SigningKey create(Path file) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.writeString(temp, key.toJSONString(), StandardCharsets.UTF_8);
            Owner.only(temp);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new SigningKey(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("Can't make the sandbox's signing key: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Can't write the sandbox's signing key " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the key a reset wrote. */
    public static SigningKey read(Path file) {
        try {
            return new SigningKey(RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | ParseException e) {
            throw new UncheckedIOException("Can't read the sandbox's signing key " + file + "; run 'o365 sandbox reset'",
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** Signs claims as a JWT with this key's id in the header. */
    public String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Can't sign a sandbox token: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    /** Whether the JWT is RS256 and signed by this key. */
    public boolean signed(SignedJWT jwt) {
        try {
            return JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) && jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()));
        } catch (JOSEException e) {
            return false;
        }
    }

    /** The public key as a JWK, for a JWKS document. */
    public String publicJwk() {
        return key.toPublicJWK().toJSONString();
    }
}
