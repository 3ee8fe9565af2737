package org.o365cli.host.auth.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.auth.O365Exception;

class CertificateLoaderTest {

    @TempDir
    static Path dir;

    private static TestCertificate test;
    private static String thumbprint;

    private final CertificateLoader loader = new CertificateLoader();

    @BeforeAll
    static void generate() throws Exception {
        test = TestCertificate.generate(dir);
        thumbprint = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1").digest(test.certificate().getEncoded()));
    }

    @Test
    void pfxLoadsWithItsPasswordAndComputesTheThumbprint() {
        CertificateCredential loaded = loader.fromFile(test.pfx(), TestCertificate.PASSWORD, null);

        assertEquals(test.certificate(), loaded.certificate());
        assertArrayEquals(test.privateKey().getEncoded(), loaded.privateKey().getEncoded());
        assertEquals(thumbprint, loaded.thumbprint());
        assertEquals(40, loaded.thumbprint().length());
    }

    @Test
    void pfxWithTheWrongPasswordSaysSo() {
        O365Exception e = assertThrows(O365Exception.class, () -> loader.fromFile(test.pfx(), "wrong", null));

        assertEquals("Wrong password for the PFX file (the file '" + test.pfx() + "'): give the right one with --password",
                e.getMessage());
    }

    @Test
    void pfxWithoutAPasswordSaysTheWrongPassword() {
        O365Exception e = assertThrows(O365Exception.class, () -> loader.fromFile(test.pfx(), null, null));

        assertTrue(e.getMessage().startsWith("Wrong password for the PFX file"), e.getMessage());
    }

    @Test
    void fileThatIsNeitherPemNorPfxSaysSo() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "just some notes");

        O365Exception e = assertThrows(O365Exception.class, () -> loader.fromFile(text, null, null));

        assertEquals("The file '" + text + "' is neither a PEM nor a PFX certificate", e.getMessage());
    }

    @Test
    void base64OfThePfxLoads() throws Exception {
        String base64 = Base64.getEncoder().encodeToString(Files.readAllBytes(test.pfx()));

        assertEquals(thumbprint, loader.fromBase64(base64, TestCertificate.PASSWORD, null).thumbprint());
    }

    @Test
    void givenThumbprintMustMatchInAnyCaseWithOrWithoutColons() {
        String colons = thumbprint.toLowerCase().replaceAll("(..)(?!$)", "$1:");

        assertEquals(thumbprint, loader.fromFile(test.pfx(), TestCertificate.PASSWORD, colons).thumbprint());
        O365Exception e = assertThrows(O365Exception.class,
                () -> loader.fromFile(test.pfx(), TestCertificate.PASSWORD, "00".repeat(20)));
        assertTrue(e.getMessage().contains("doesn't match the certificate"), e.getMessage());
        assertTrue(e.getMessage().contains(thumbprint), e.getMessage());
    }

    @Test
    void pemWithPkcs8KeyLoadsAndRoundTripsThroughToPem() {
        CertificateCredential fromPfx = loader.fromFile(test.pfx(), TestCertificate.PASSWORD, null);

        String pem = fromPfx.toPem();
        CertificateCredential fromPem = loader.fromPem(pem);

        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----\n"), pem);
        assertTrue(pem.contains("-----BEGIN PRIVATE KEY-----\n"));
        assertEquals(fromPfx.certificate(), fromPem.certificate());
        assertArrayEquals(fromPfx.privateKey().getEncoded(), fromPem.privateKey().getEncoded());
        assertEquals(thumbprint, fromPem.thumbprint());
    }

    @Test
    void pemFileWithPkcs1RsaKeyLoads() throws Exception {
        // BouncyCastle (a test-only library here) writes the PKCS#1 form the loader must read with the JDK alone.
        byte[] pkcs1 = PrivateKeyInfo.getInstance(test.privateKey().getEncoded()).parsePrivateKey().toASN1Primitive().getEncoded();
        String pem = "-----BEGIN RSA PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs1)
                + "\n-----END RSA PRIVATE KEY-----\n" + "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(test.certificate().getEncoded()) + "\n-----END CERTIFICATE-----\n";
        Path file = Files.writeString(dir.resolve("app.pem"), pem);

        CertificateCredential loaded = loader.fromFile(file, null, thumbprint);

        assertArrayEquals(test.privateKey().getEncoded(), loaded.privateKey().getEncoded());
        assertEquals(test.certificate(), loaded.certificate());
    }

    @Test
    void pemWithoutKeyOrWithEncryptedKeyIsRefusedInWords() {
        String certOnly = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(encoded()) + "\n-----END CERTIFICATE-----\n";
        String encrypted = certOnly + "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n";

        assertTrue(assertThrows(O365Exception.class, () -> loader.fromPem(certOnly)).getMessage().contains("holds no private key"));
        assertTrue(assertThrows(O365Exception.class, () -> loader.fromPem(encrypted)).getMessage().contains("is encrypted"));
    }

    @Test
    void toStringShowsNoKey() {
        CertificateCredential loaded = loader.fromFile(test.pfx(), TestCertificate.PASSWORD, null);

        assertEquals("CertificateCredential[subject=CN=o365-test, thumbprint=" + thumbprint + ", privateKey=<redacted>]",
                loaded.toString());
        assertFalse(loaded.toString().contains(Base64.getEncoder().encodeToString(loaded.privateKey().getEncoded()).substring(0, 20)));
    }

    @Test
    void pemIsRecognisedFromBase64Too() {
        String pem = loader.fromFile(test.pfx(), TestCertificate.PASSWORD, null).toPem();

        CertificateCredential loaded = loader.fromBase64(Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII)),
                null, null);

        assertEquals(thumbprint, loaded.thumbprint());
    }

    private static byte[] encoded() {
        try {
            return test.certificate().getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
