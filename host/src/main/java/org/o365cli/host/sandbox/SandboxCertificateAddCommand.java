package org.o365cli.host.sandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.o365cli.auth.O365Exception;
import org.o365cli.sandbox.Sandbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code o365 sandbox certificate add}: lets a certificate sign the sandbox's app in. */
@Command(name = "add", description = "Register a certificate on the sandbox's app, for connect --sandbox --authType certificate.",
        footer = {"", "The file holds the certificate (PEM or DER); a PEM file may hold its private key too, which is not read.",
                "", "Examples:", "  o365 sandbox certificate add --certificateFile app.pem",
                "  o365 graph connect --sandbox --authType certificate --certificateFile app.pem"})
public final class SandboxCertificateAddCommand implements Callable<Map<String, Object>> {

    private static final Pattern PEM = Pattern.compile("-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----");

    @Option(names = {"-c", "--certificateFile"}, required = true, paramLabel = "<file>",
            description = "The certificate: PEM or DER.")
    Path certificateFile;

    private final Sandbox sandbox;

    SandboxCertificateAddCommand(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public Map<String, Object> call() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(certificateFile);
        } catch (IOException e) {
            throw new O365Exception("Cannot read --certificateFile " + certificateFile + ": " + e.getMessage());
        }
        Matcher pem = PEM.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        if (pem.find()) {
            bytes = pem.group().getBytes(StandardCharsets.ISO_8859_1);
        }
        X509Certificate certificate;
        try {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(bytes));
        } catch (CertificateException | ClassCastException e) {
            throw new O365Exception("--certificateFile " + certificateFile + " holds no X.509 certificate (PEM or DER); "
                    + "give the certificate file");
        }
        try {
            return Map.of("thumbprint", sandbox.registerCertificate(certificate), "subject",
                    certificate.getSubjectX500Principal().getName());
        } catch (IllegalArgumentException e) {
            throw new O365Exception(e.getMessage() + "; the sandbox takes RSA certificates");
        }
    }
}
