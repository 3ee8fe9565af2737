package org.o365cli.host.auth.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A self-signed RSA certificate made at test time with the JDK's keytool, in a PFX file.
 *
 * @param pfx         the PKCS#12 file
 * @param password    its password
 * @param certificate the certificate, read with the JDK alone
 * @param privateKey  its key, read with the JDK alone
 */
public record TestCertificate(Path pfx, String password, X509Certificate certificate, PrivateKey privateKey) {

    /** The PFX password. */
    public static final String PASSWORD = "pfx-pass-1";

    /**
     * @param dir where to write the PFX file
     * @return the certificate
     */
    public static TestCertificate generate(Path dir) throws IOException, InterruptedException, GeneralSecurityException {
        Path pfx = dir.resolve("app.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", "app", "-keyalg", "RSA", "-keysize",
                "2048", "-sigalg", "SHA256withRSA", "-validity", "2", "-dname", "CN=o365-test", "-keystore", pfx.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pfx)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return new TestCertificate(pfx, PASSWORD, (X509Certificate) store.getCertificate("app"),
                (PrivateKey) store.getKey("app", PASSWORD.toCharArray()));
    }
}
