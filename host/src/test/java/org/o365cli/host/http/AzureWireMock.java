package org.o365cli.host.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A WireMock server that stands in for Azure AD, Graph and SharePoint while tests keep the
 * production URLs ({@code https://graph.microsoft.com/v1.0/me},
 * {@code https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token}). It is an HTTPS proxy:
 * give the code under test {@link #environment()} ({@code HTTPS_PROXY}, {@code HTTP_PROXY} and
 * {@code O365_CA_FILE}) and its requests tunnel to WireMock, which answers TLS with a certificate
 * for the production host names that {@code O365_CA_FILE} makes trusted: the path a user behind a
 * TLS-inspecting corporate proxy takes.
 * <p>
 * Register it on a static field, {@code @RegisterExtension static AzureWireMock azure = new AzureWireMock();};
 * it starts once per class on a dynamic port and forgets stubs and requests before each test.
 * Stub and verify with {@link #client()} and match on the path (and on {@code withHost} for the host).
 * A request no stub matches gets a 404 and never leaves the machine.
 * <p>
 * The certificate is made with the JDK's {@code keytool} rather than by WireMock itself: WireMock's
 * per-host certificates need {@code sun.security.x509}, which Java 17 hides unless the test JVM runs
 * with {@code --add-exports java.base/sun.security.x509=ALL-UNNAMED}. It covers the login, Graph and
 * SharePoint hosts of every cloud, plus the hosts given to the constructor.
 */
public final class AzureWireMock implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    /** Host names (wildcards allowed) the certificate covers by default. */
    public static final List<String> AZURE_HOSTS = List.of(
            "login.microsoftonline.com", "login.microsoftonline.us", "login.partner.microsoftonline.cn", "login.chinacloudapi.cn",
            "graph.microsoft.com", "graph.microsoft.us", "dod-graph.microsoft.us", "microsoftgraph.chinacloudapi.cn",
            "*.sharepoint.com", "*.sharepoint.us", "*.sharepoint-mil.us", "*.sharepoint.cn");

    private static final String PASSWORD = "azure-wiremock";

    private final List<String> hosts;
    private WireMockServer server;
    private Path caFile;

    /** @param extraHosts host names the certificate covers besides {@link #AZURE_HOSTS}, e.g. {@code api.contoso.com} */
    public AzureWireMock(String... extraHosts) {
        this.hosts = Stream.concat(AZURE_HOSTS.stream(), Stream.of(extraHosts)).distinct().toList();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        TestCertificate certificate = context.getRoot().getStore(ExtensionContext.Namespace.create(AzureWireMock.class))
                .getOrComputeIfAbsent(hosts, key -> TestCertificate.create(hosts), TestCertificate.class);
        caFile = certificate.pem();
        server = new WireMockServer(WireMockConfiguration.options()
                // Loopback only: the stubs, and the proxy in front of them, are for this machine's tests.
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .dynamicHttpsPort()
                .enableBrowserProxying(true)
                // A CA keystore WireMock finds (by default ~/.wiremock/ca-keystore.jks, left by any earlier
                // WireMock run on the machine) would make it sign per-host certificates the tests do not
                // trust; pointing at a path that does not exist keeps it on the certificate below.
                .caKeystorePath(certificate.keystore().resolveSibling("no-ca-keystore.jks").toString())
                .keystorePath(certificate.keystore().toString())
                .keystoreType("PKCS12")
                .keystorePassword(PASSWORD)
                .keyManagerPassword(PASSWORD));
        server.start();
        stubNothingElse();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (server == null) {
            throw new IllegalStateException("Register AzureWireMock on a static field: @RegisterExtension static AzureWireMock azure = ...");
        }
        server.resetAll();
        stubNothingElse();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    /** The client for stubbing and verifying. */
    public WireMock client() {
        return new WireMock(server);
    }

    /** The server itself, for what {@link #client()} lacks. */
    public WireMockServer server() {
        return server;
    }

    /** The port WireMock listens on, as a proxy and as a plain http server. */
    public int port() {
        return server.port();
    }

    /** The PEM file of the certificate WireMock presents for the production hosts. */
    public Path caFile() {
        return caFile;
    }

    /** {@code HTTPS_PROXY} and {@code HTTP_PROXY} pointing at WireMock, and {@code O365_CA_FILE} trusting it. */
    public Map<String, String> environment() {
        return environment(Map.of());
    }

    /**
     * {@link #environment()} with more variables.
     *
     * @param more variables to add or override, e.g. {@code NO_PROXY}
     * @return the merged variables
     */
    public Map<String, String> environment(Map<String, String> more) {
        Map<String, String> env = new HashMap<>();
        env.put("HTTPS_PROXY", "http://localhost:" + port());
        env.put("HTTP_PROXY", "http://localhost:" + port());
        env.put("O365_CA_FILE", caFile.toString());
        env.putAll(more);
        return Map.copyOf(env);
    }

    /** With browser proxying on, WireMock would forward an unmatched request to the real host. */
    private void stubNothingElse() {
        server.stubFor(any(anyUrl()).atPriority(1000)
                .willReturn(aResponse().withStatus(404).withBody("AzureWireMock: no stub matches this request")));
    }

    /** A self-signed certificate for the hosts, in a PKCS12 keystore for WireMock and as PEM for O365_CA_FILE. */
    private record TestCertificate(Path folder, Path keystore, Path pem) implements AutoCloseable {

        static TestCertificate create(List<String> hosts) {
            try {
                Path folder = Files.createTempDirectory("azure-wiremock");
                Path keystore = folder.resolve("server.p12");
                keytool(keystore, hosts);
                Path pem = folder.resolve("ca.pem");
                Files.writeString(pem, pem(keystore), StandardCharsets.US_ASCII);
                return new TestCertificate(folder, keystore, pem);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void keytool(Path keystore, List<String> hosts) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=AzureWireMock test proxy", "-validity", "2",
                    "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                    "-ext", "SAN=" + hosts.stream().map(h -> "dns:" + h).collect(Collectors.joining(","))));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (process.waitFor() != 0) {
                    throw new IllegalStateException("keytool failed: " + output);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while running keytool", e);
            }
        }

        private static String pem(Path keystore) throws IOException {
            try (InputStream in = Files.newInputStream(keystore)) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, PASSWORD.toCharArray());
                byte[] der = store.getCertificate("server").getEncoded();
                return "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                        + "\n-----END CERTIFICATE-----\n";
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Could not read the test keystore", e);
            }
        }

        @Override
        public void close() throws IOException {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
