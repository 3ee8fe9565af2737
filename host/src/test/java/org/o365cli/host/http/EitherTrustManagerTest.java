package org.o365cli.host.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.X509ExtendedTrustManager;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

class EitherTrustManagerTest {

    private static final String AUTH_TYPE = "ECDHE_ECDSA";

    private final Ca fileCa = new Ca("CN=O365_CA_FILE test CA");
    private final Ca jdkCa = new Ca("CN=stands for a CA the JDK trusts");
    private final AtomicInteger loads = new AtomicInteger();
    private final EitherTrustManager manager = new EitherTrustManager(fileCa.manager(), () -> {
        loads.incrementAndGet();
        return jdkCa.manager();
    });

    @Test
    void aChainEndingAtACertificateOfTheFileIsTrustedWithoutLoadingTheJdksCertificates() {
        assertDoesNotThrow(() -> manager.checkServerTrusted(new X509Certificate[] {fileCa.leaf(false)}, AUTH_TYPE));
        assertEquals(0, loads.get());
    }

    @Test
    void aChainEndingAtACertificateOfTheJdkIsTrustedAndTheJdksAreLoadedOnce() {
        assertDoesNotThrow(() -> manager.checkServerTrusted(new X509Certificate[] {jdkCa.leaf(false)}, AUTH_TYPE));
        assertDoesNotThrow(() -> manager.checkServerTrusted(new X509Certificate[] {jdkCa.leaf(false)}, AUTH_TYPE));
        assertEquals(1, loads.get());
    }

    @Test
    void aChainEndingAtNeitherIsRefusedAsNotTrusted() {
        Ca stranger = new Ca("CN=nobody trusts this CA");
        CertificateException e = assertThrows(CertificateException.class,
                () -> manager.checkServerTrusted(new X509Certificate[] {stranger.leaf(false)}, AUTH_TYPE));
        assertTrue(e.getMessage().contains("PKIX path building failed"), e.getMessage());
    }

    @Test
    void aChainEndingAtTheFileThatFailsAfterIsRefusedForThatReasonNotAsUntrusted() {
        CertificateException e = assertThrows(CertificateException.class,
                () -> manager.checkServerTrusted(new X509Certificate[] {fileCa.leaf(true)}, AUTH_TYPE));
        boolean expired = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            expired |= t instanceof CertPathValidatorException v && v.getReason() == CertPathValidatorException.BasicReason.EXPIRED;
        }
        assertTrue(expired, e.toString());
    }

    @Test
    void theAcceptedIssuersAreBothSets() {
        assertEquals(2, manager.getAcceptedIssuers().length);
    }

    /** A self-signed CA and server certificates it signs. */
    private static final class Ca {

        private final X500Name name;
        private final KeyPair keys = keys();
        private final X509Certificate certificate;

        Ca(String name) {
            this.name = new X500Name(name);
            this.certificate = sign(this.name, keys, Instant.now().plus(Duration.ofDays(1)));
        }

        X509Certificate leaf(boolean expired) {
            Instant end = expired ? Instant.now().minus(Duration.ofMinutes(1)) : Instant.now().plus(Duration.ofDays(1));
            return sign(new X500Name("CN=graph.microsoft.com"), keys(), end);
        }

        X509ExtendedTrustManager manager() {
            try {
                KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
                anchors.load(null, null);
                anchors.setCertificateEntry("ca", certificate);
                return TrustedCertificates.trustManager(anchors);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private X509Certificate sign(X500Name subject, KeyPair subjectKeys, Instant notAfter) {
            try {
                var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()),
                        Date.from(Instant.now().minus(Duration.ofDays(1))), Date.from(notAfter), subject, subjectKeys.getPublic());
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(subject.equals(name)));
                return new JcaX509CertificateConverter().getCertificate(
                        builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static KeyPair keys() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(256);
                return generator.generateKeyPair();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
