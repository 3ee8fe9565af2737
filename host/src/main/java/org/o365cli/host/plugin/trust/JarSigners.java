package org.o365cli.host.plugin.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Who signed a jar, checked by the JDK's own jar verification: the SHA-256 fingerprints of the
 * certificates that signed every one of its entries. A jar with any unsigned entry, or whose
 * signature does not match its content, has no signer.
 */
public final class JarSigners {

    private JarSigners() {
    }

    /**
     * @param jar a plugin jar
     * @return the fingerprints (lowercase hex) of the signer certificates common to every entry;
     *         empty when the jar is unsigned or only partly signed
     * @throws IOException       when it cannot be read
     * @throws SecurityException when a signature does not match the content
     */
    public static Set<String> of(Path jar) throws IOException {
        Set<String> common = null;
        byte[] buffer = new byte[64 * 1024];
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                    continue;
                }
                // The JDK verifies an entry's digest as it is read to the end; only then are its signers known.
                try (InputStream in = file.getInputStream(entry)) {
                    while (in.read(buffer) >= 0) {
                        // reading is the check
                    }
                }
                Set<String> signers = fingerprints(entry.getCodeSigners());
                if (common == null) {
                    common = signers;
                } else {
                    common.retainAll(signers);
                }
                if (common.isEmpty()) {
                    return Set.of();
                }
            }
        }
        return common == null ? Set.of() : Set.copyOf(common);
    }

    // The manifest and the signature files are what signs the rest; every other entry, META-INF/services included, must be signed.
    private static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return upper.equals("META-INF/MANIFEST.MF") || upper.startsWith("META-INF/") && upper.indexOf('/', 9) < 0
                && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
                || upper.startsWith("META-INF/SIG-"));
    }

    private static Set<String> fingerprints(CodeSigner[] signers) {
        Set<String> prints = new HashSet<>();
        if (signers == null) {
            return prints;
        }
        for (CodeSigner signer : signers) {
            Certificate certificate = signer.getSignerCertPath().getCertificates().get(0);
            try {
                prints.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())));
            } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
                // A certificate that cannot be encoded cannot match a policy's fingerprint either.
            }
        }
        return prints;
    }
}
