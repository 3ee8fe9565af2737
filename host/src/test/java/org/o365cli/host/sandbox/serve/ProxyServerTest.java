package org.o365cli.host.sandbox.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.sandbox.Sandbox;

/** Any HTTP client reaches the sandbox by production URLs through the serve mode's proxy, trusting its CA. */
class ProxyServerTest {

    @TempDir
    Path home;

    @Test
    void aClientSignsInAndCallsGraphThroughTheProxy() throws Exception {
        Sandbox sandbox = Sandbox.open(home);
        try (ProxyServer server = new ProxyServer(sandbox, home.resolve("sandbox"), 0)) {
            HttpClient client = client(server.port(), home.resolve("sandbox/ca.pem"));
            String form = "grant_type=password&client_id=" + Sandbox.APP_ID + "&username="
                    + URLEncoder.encode(Sandbox.ADMIN, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(sandbox.status().password(), StandardCharsets.UTF_8)
                    + "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default";
            HttpResponse<String> token = client.send(HttpRequest.newBuilder(URI.create(
                    "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, token.statusCode(), token.body());
            String accessToken = new ObjectMapper().readTree(token.body()).get("access_token").asText();
            HttpResponse<String> users = client.send(HttpRequest.newBuilder(URI.create(
                    "https://graph.microsoft.com/v1.0/users?$top=3")).header("Authorization", "Bearer " + accessToken).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, users.statusCode(), users.body());
            JsonNode page = new ObjectMapper().readTree(users.body());
            assertEquals(3, page.get("value").size());
            assertTrue(page.get("@odata.nextLink").asText().startsWith("https://graph.microsoft.com/v1.0/users?"));
            IOException refused = assertThrows(IOException.class, () -> client.send(HttpRequest.newBuilder(
                    URI.create("https://example.com/")).build(), HttpResponse.BodyHandlers.ofString()));
            assertTrue(refused.getMessage().contains("403"), refused.getMessage());
        }
    }

    private static HttpClient client(int port, Path ca) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(ca)) {
            trust.setCertificateEntry("sandbox", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory managers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        managers.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, managers.getTrustManagers(), null);
        return HttpClient.newBuilder().proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", port))).sslContext(tls).build();
    }
}
