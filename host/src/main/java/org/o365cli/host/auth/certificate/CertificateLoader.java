package org.o365cli.host.auth.certificate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.o365cli.auth.O365Exception;

/**
 * Loads an app's certificate and RSA private key from a PEM file (certificate with a PKCS#8
 * {@code PRIVATE KEY} or PKCS#1 {@code RSA PRIVATE KEY}) or a PFX/PKCS#12 file, given as a path,
 * as base64 text ({@code --certificateBase64Encoded}) or as the PEM the token store keeps.
 */
public final class CertificateLoader {

    /**
     * @param file       a PEM or PFX file
     * @param password   the PFX password ({@code --password}), or null
     * @param thumbprint the expected SHA-1 thumbprint ({@code --thumbprint}), or null to compute it
     * @return the certificate and its key
     * @throws O365Exception when the file can't be read, is neither PEM nor PFX, the password is wrong,
     *                       or the thumbprint doesn't match
     */
    public CertificateCredential fromFile(Path file, String password, String thumbprint) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new O365Exception("Could not read the certificate file " + file + ": " + e.getMessage(), e);
        }
        return fromBytes(content, "the file '" + file + "'", password, thumbprint);
    }

    /**
     * @param base64     a PEM or PFX file's content, base64-encoded
     * @param password   the PFX password, or null
     * @param thumbprint the expected SHA-1 thumbprint, or null to compute it
     * @return the certificate and its key
     * @throws O365Exception as {@link #fromFile} does, and when the text is not base64
     */
    public CertificateCredential fromBase64(String base64, String password, String thumbprint) {
        byte[] content;
        try {
            content = Base64.getMimeDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new O365Exception("--certificateBase64Encoded is not base64 text: " + e.getMessage(), e);
        }
        return fromBytes(content, "the --certificateBase64Encoded value", password, thumbprint);
    }

    /**
     * Reads back what {@link CertificateCredential#toPem()} wrote.
     *
     * @param pem the certificate and its unencrypted key as PEM text
     * @return the certificate and its key
     */
    public CertificateCredential fromPem(String pem) {
        return fromBytes(pem.getBytes(StandardCharsets.US_ASCII), "the stored certificate", null, null);
    }

    /**
     * @param content    a PEM or PFX file's bytes
     * @param source     what the bytes are, for messages, e.g. {@code the file cert.pfx}
     * @param password   the PFX password, or null
     * @param thumbprint the expected SHA-1 thumbprint, or null to compute it
     * @return the certificate and its key
     */
    public CertificateCredential fromBytes(byte[] content, String source, String password, String thumbprint) {
        CertificateCredential loaded = Pem.looksLikePem(content) ? fromPemBytes(content, source) : fromPfx(content, source, password);
        if (thumbprint != null && !thumbprint.isBlank()) {
            String given = thumbprint.replaceAll("[\\s:]", "").toUpperCase(Locale.ROOT);
            if (!given.equals(loaded.thumbprint())) {
                throw new O365Exception("The thumbprint " + thumbprint.strip() + " doesn't match the certificate in " + source
                        + ", whose thumbprint is " + loaded.thumbprint() + ": check --thumbprint, or leave it out");
            }
        }
        return loaded;
    }

    /**
     * The SHA-1 thumbprint Azure shows for a certificate.
     *
     * @param certificate the certificate
     * @return hex, upper-case
     */
    public static String thumbprint(X509Certificate certificate) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("Can't compute the SHA-1 thumbprint of a certificate", e);
        }
    }

    private CertificateCredential fromPemBytes(byte[] content, String source) {
        List<X509Certificate> certificates = new ArrayList<>();
        PrivateKey key = null;
        for (Pem.Block block : Pem.blocks(new String(content, StandardCharsets.US_ASCII))) {
            switch (block.label()) {
                case "CERTIFICATE" -> certificates.add(certificate(block.der(), source));
                case "PRIVATE KEY" -> key = rsaKey(block.der(), source);
                case "RSA PRIVATE KEY" -> key = rsaKey(Pem.pkcs1ToPkcs8(block.der()), source);
                case "ENCRYPTED PRIVATE KEY" -> throw new O365Exception("The private key in " + source + " is encrypted:"
                        + " decrypt it (openssl pkcs8 -topk8 -nocrypt) or give a PFX file with --password");
                default -> {
                    // Other blocks (parameters, CSRs) carry nothing we need.
                }
            }
        }
        if (certificates.isEmpty()) {
            throw new O365Exception("The PEM in " + source + " holds no certificate: add the certificate beside its private key");
        }
        if (key == null) {
            throw new O365Exception("The PEM in " + source + " holds no private key: add the certificate's private key"
                    + " (BEGIN PRIVATE KEY or BEGIN RSA PRIVATE KEY)");
        }
        return credential(matching(certificates, key, source), key);
    }

    private CertificateCredential fromPfx(byte[] content, String source, String password) {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(content), secret);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || e.getCause() instanceof javax.crypto.BadPaddingException) {
                throw new O365Exception("Wrong password for the PFX file (" + source + "): give the right one with --password", e);
            }
            throw new O365Exception(capitalise(source) + " is neither a PEM nor a PFX certificate", e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new O365Exception(capitalise(source) + " is neither a PEM nor a PFX certificate", e);
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, secret);
                Certificate certificate = store.getCertificate(alias);
                if (key instanceof PrivateKey privateKey && certificate instanceof X509Certificate x509) {
                    requireRsa(privateKey, source);
                    return credential(x509, privateKey);
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw new O365Exception("Wrong password for the private key in the PFX file (" + source
                    + "): give the right one with --password", e);
        } catch (GeneralSecurityException e) {
            throw new O365Exception("Could not read the private key in the PFX file in " + source + ": " + e.getMessage(), e);
        }
        throw new O365Exception("The PFX file in " + source + " holds no certificate with its private key:"
                + " export the certificate with its private key");
    }

    private static X509Certificate certificate(byte[] der, String source) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new O365Exception("A certificate in " + source + " can't be read: " + e.getMessage(), e);
        }
    }

    private static PrivateKey rsaKey(byte[] pkcs8, String source) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (InvalidKeySpecException e) {
            throw new O365Exception("The private key in " + source + " is not an RSA key that can be read:"
                    + " Azure AD needs an RSA key (RS256)", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no RSA key factory", e);
        }
    }

    private static X509Certificate matching(List<X509Certificate> certificates, PrivateKey key, String source) {
        return certificates.stream()
                .filter(c -> c.getPublicKey() instanceof RSAPublicKey pub && pub.getModulus().equals(((RSAKey) key).getModulus()))
                .findFirst()
                .orElseThrow(() -> new O365Exception("No certificate in " + source + " matches its private key:"
                        + " put the certificate and its own key together"));
    }

    private static void requireRsa(PrivateKey key, String source) {
        if (!(key instanceof RSAKey)) {
            throw new O365Exception("The private key in " + source + " is " + key.getAlgorithm()
                    + ": Azure AD client assertions here need an RSA key (RS256)");
        }
    }

    private static CertificateCredential credential(X509Certificate certificate, PrivateKey key) {
        return new CertificateCredential(certificate, key, thumbprint(certificate));
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
