package org.o365cli.host.auth.certificate;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * An app's certificate and its private key, as loaded by {@link CertificateLoader}.
 * {@code toString} shows no key.
 *
 * @param certificate the X.509 certificate registered on the app
 * @param privateKey  its RSA private key
 * @param thumbprint  the certificate's SHA-1 thumbprint, hex upper-case as Azure shows it
 */
public record CertificateCredential(X509Certificate certificate, PrivateKey privateKey, String thumbprint) {

    /**
     * The certificate and its unencrypted PKCS#8 private key as PEM text, which the token store
     * keeps (by content, never by path) and {@link CertificateLoader#fromPem} reads back.
     *
     * @return {@code -----BEGIN CERTIFICATE-----…-----BEGIN PRIVATE KEY-----…}
     */
    public String toPem() {
        return Pem.certificateAndKey(certificate, privateKey);
    }

    @Override
    public String toString() {
        return "CertificateCredential[subject=" + certificate.getSubjectX500Principal().getName() + ", thumbprint="
                + thumbprint + ", privateKey=<redacted>]";
    }
}
