package org.o365cli.host.setup;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.auth.certificate.CertificateCredential;
import org.o365cli.host.auth.certificate.CertificateLoader;
import org.o365cli.host.store.PrivateFiles;

/**
 * The certificates {@code o365 setup --appOnly} makes for {@code --authType certificate}: self-signed,
 * RSA 2048 and SHA-256 (what Entra ID accepts as a client credential), valid for two years, kept with its
 * private key as PEM in {@code $O365_HOME/certificates/<appId>.pem}, readable by its owner only.
 */
final class AppCertificates {

    static final Duration VALIDITY = Duration.ofDays(730);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;
    private final Clock clock;

    /**
     * @param home  {@code $O365_HOME}
     * @param clock the time the validity starts
     */
    AppCertificates(Path home, Clock clock) {
        this.folder = home.resolve("certificates");
        this.clock = clock;
    }

    /** Where an app's certificate is kept. */
    Path file(String appId) {
        return folder.resolve(appId + ".pem");
    }

    /** The base64 DER of the app's kept certificate, as Graph's keyCredential {@code key} holds it, if there is one. */
    Optional<String> publicKey(String appId) {
        Path file = file(appId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            CertificateCredential kept = new CertificateLoader().fromFile(file, null, null);
            return Optional.of(Base64.getEncoder().encodeToString(kept.certificate().getEncoded()));
        } catch (RuntimeException | GeneralSecurityException e) {
            // An unreadable file is replaced by a new certificate, as if there were none.
            return Optional.empty();
        }
    }

    /**
     * Makes a certificate for the app and keeps it, replacing an older one.
     *
     * @return its base64 DER, for the app's keyCredentials
     */
    String create(String appId, String subject) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            KeyPair keys = generator.generateKeyPair();
            Instant now = clock.instant();
            X500Name name = new X500Name("CN=" + subject.replaceAll("[,=+<>#;\"\\\\]", " ").trim());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                    name, new BigInteger(64, RANDOM), Date.from(now.minus(Duration.ofMinutes(5))),
                    Date.from(now.plus(VALIDITY)), name, keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            String pem = new CertificateCredential(certificate, keys.getPrivate(), CertificateLoader.thumbprint(certificate)).toPem();
            PrivateFiles.writeAtomically(file(appId), pem.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new O365Exception("Making a certificate failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new O365Exception("The certificate can't be stored in " + file(appId) + ": " + e.getMessage()
                    + "; check that O365_HOME is writable", e);
        }
    }
}
