package org.o365cli.host.sandbox.serve;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The serve mode's CA ({@code ca.pem}, its key {@code ca-key.pem} readable by the owner only, both in
 * the sandbox folder, made on first use and kept) and the TLS context of each host it serves,
 * with a certificate for that host signed by the CA.
 */
final class Certificates {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final X509Certificate ca;
    private final KeyPair caKeys;
    private final Map<String, SSLContext> contexts = new ConcurrentHashMap<>();

    private Certificates(X509Certificate ca, KeyPair caKeys) {
        this.ca = ca;
        this.caKeys = caKeys;
    }

    /** The CA of the folder, made there when it has none. */
    static Certificates in(Path folder) {
        Path certificate = folder.resolve("ca.pem");
        Path key = folder.resolve("ca-key.pem");
        try {
            if (Files.exists(certificate) && Files.exists(key)) {
                return new Certificates(readCertificate(certificate), readKeys(key));
            }
            Files.createDirectories(folder);
            KeyPair keys = keys();
            X500Name name = new X500Name("CN=o365 sandbox CA");
            X509Certificate ca = sign(name, keys, name, keys, null);
            write(key, pem(keys.getPrivate()), true);
            write(certificate, pem(ca), false);
            return new Certificates(ca, keys);
        } catch (IOException e) {
            throw new UncheckedIOException("Can't make or read the sandbox's CA in " + folder + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Can't make the sandbox's CA: " + e.getMessage(), e);
        }
    }

    /** A server TLS context presenting a certificate for the host. */
    SSLContext forHost(String host) {
        return contexts.computeIfAbsent(host, h -> {
            try {
                KeyPair keys = keys();
                X509Certificate leaf = sign(new X500Name("CN=" + h), keys,
                        X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), caKeys, h);
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry("host", keys.getPrivate(), new char[0], new X509Certificate[] {leaf, ca});
                KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                managers.init(store, new char[0]);
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(managers.getKeyManagers(), null, RANDOM);
                return context;
            } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
                throw new IllegalStateException("Can't make a certificate for " + h + ": " + e.getMessage(), e);
            }
        });
    }

    // A CA certificate when host is null, else a server certificate for the host.
    private static X509Certificate sign(X500Name subject, KeyPair keys, X500Name issuer, KeyPair issuerKeys, String host)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        boolean authority = host == null;
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(authority ? 825 : 30))), subject,
                keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(authority ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        if (host != null) {
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName(GeneralName.dNSName, host)));
        }
        X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate()));
        return new JcaX509CertificateConverter().getCertificate(holder);
    }

    private static KeyPair keys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
    }

    private static String pem(Object object) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString();
    }

    private static void write(Path file, String text, boolean secret) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.US_ASCII);
        if (secret && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static X509Certificate readCertificate(Path file) throws IOException, GeneralSecurityException {
        try (PEMParser parser = new PEMParser(new StringReader(Files.readString(file)))) {
            return new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) parser.readObject());
        }
    }

    private static KeyPair readKeys(Path file) throws IOException {
        try (PEMParser parser = new PEMParser(new StringReader(Files.readString(file)))) {
            return new JcaPEMKeyConverter().getKeyPair((PEMKeyPair) parser.readObject());
        }
    }
}
