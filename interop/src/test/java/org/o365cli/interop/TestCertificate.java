package org.o365cli.interop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * An app certificate made at test time: an RSA 2048 key pair in a password-protected PFX (made by
 * {@code keytool}, as an admin would), and the same certificate and key as PEM (certificate plus
 * PKCS#8 key), the two files o365 takes with {@code -c}.
 *
 * @param pfx         the PKCS#12 file
 * @param pfxPassword its password
 * @param pem         the PEM file
 * @param derBase64   the certificate, DER in base64, as Keycloak takes it
 */
record TestCertificate(Path pfx, String pfxPassword, Path pem, String derBase64) {

    static TestCertificate create(Path folder, String name) throws IOException, InterruptedException, GeneralSecurityException {
        Files.createDirectories(folder);
        Path pfx = folder.resolve(name + ".pfx");
        Files.deleteIfExists(pfx);
        String password = name + "-Pfx-1";
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", name, "-keyalg", "RSA",
                "-keysize", "2048", "-sigalg", "SHA256withRSA", "-dname", "CN=" + name, "-validity", "2",
                "-storetype", "PKCS12", "-keystore", pfx.toString(), "-storepass", password, "-keypass", password)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pfx)) {
            store.load(in, password.toCharArray());
        }
        Certificate certificate = store.getCertificate(name);
        Key key = store.getKey(name, password.toCharArray());
        Path pem = folder.resolve(name + ".pem");
        Files.writeString(pem, pem("CERTIFICATE", certificate.getEncoded()) + pem("PRIVATE KEY", key.getEncoded()));
        return new TestCertificate(pfx, password, pem, Base64.getEncoder().encodeToString(certificate.getEncoded()));
    }

    private static String pem(String type, byte[] der) {
        Base64.Encoder lines = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        return "-----BEGIN " + type + "-----\n" + lines.encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
