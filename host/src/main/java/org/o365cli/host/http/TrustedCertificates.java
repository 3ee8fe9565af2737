package org.o365cli.host.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.o365cli.auth.O365Exception;

/**
 * The TLS context of the stack: the JDK's trusted CAs, plus the certificates of
 * {@code O365_CA_FILE} when it is set ({@link EitherTrustManager}: the JDK's are loaded only for a chain
 * that does not end at one of the file's).
 */
final class TrustedCertificates {

    private TrustedCertificates() {
    }

    /**
     * @param caFile a PEM file of extra CA certificates, or empty for the JDK's trust store alone
     * @return the context for the HTTP client
     * @throws O365Exception naming {@code O365_CA_FILE} when the file is missing or holds no certificate
     */
    static SSLContext sslContext(Optional<Path> caFile) {
        try {
            if (caFile.isEmpty()) {
                return SSLContext.getDefault();
            }
            KeyStore extra = KeyStore.getInstance(KeyStore.getDefaultType());
            extra.load(null, null);
            int n = 0;
            for (Certificate certificate : read(caFile.get())) {
                extra.setCertificateEntry("o365-ca-file-" + n++, certificate);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new EitherTrustManager(trustManager(extra), () -> trustManager(null))}, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new O365Exception("Could not set up TLS with the certificates of O365_CA_FILE: " + e.getMessage(), e);
        }
    }

    private static Collection<? extends Certificate> read(Path file) {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(file)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (NoSuchFileException e) {
            throw new O365Exception("O365_CA_FILE names " + file + ", which does not exist; give a PEM file of CA certificates");
        } catch (IOException | GeneralSecurityException e) {
            throw new O365Exception("O365_CA_FILE " + file + " could not be read as PEM certificates: " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new O365Exception("O365_CA_FILE " + file + " holds no certificate; give a PEM file with -----BEGIN CERTIFICATE----- blocks");
        }
        return certificates;
    }

    /** The JDK's trust manager over these anchors, or over the JDK's own trusted certificates for null. */
    static X509ExtendedTrustManager trustManager(KeyStore anchors) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(anchors);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("the JDK has no X.509 trust manager");
    }
}
