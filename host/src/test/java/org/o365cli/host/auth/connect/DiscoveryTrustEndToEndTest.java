package org.o365cli.host.auth.connect;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.config.JsonMapper;
import org.o365cli.host.http.AzureWireMock;
import org.o365cli.host.plugin.TestPlugins;
import org.o365cli.host.store.ConnectionStore;
import org.o365cli.host.store.StoredConnection;

/** An OIDC --authority is trusted only when its discovery document is: https endpoints, its own issuer. */
class DiscoveryTrustEndToEndTest {

    @RegisterExtension
    static AzureWireMock azure = new AzureWireMock("idp.contoso.com", "evil.example");

    private static final String AUTHORITY = "https://idp.contoso.com/realms/ops";
    private static final String DISCOVERY = "/realms/ops/.well-known/openid-configuration";
    private static final String SECRET = "client-secret-Zt81";

    @TempDir
    Path root;

    private CliRunner o365;

    @BeforeEach
    void install() {
        o365 = new CliRunner(root).withEnvironment(azure.environment());
        o365.ship(TestPlugins.service("graph", "graph", "https://graph.microsoft.com"), "graph.jar");
        azure.client().register(post(urlEqualTo("/realms/ops/protocol/openid-connect/token")).willReturn(okJson(
                Tokens.tokenResponse(Tokens.jwt("https://graph.microsoft.com", Map.of("azp", "ops-app")), null))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "cleartext token endpoint | " + AUTHORITY + " | http://idp.contoso.com/realms/ops/protocol/openid-connect/token | not https",
        "token endpoint of another scheme | " + AUTHORITY + " | ftp://idp.contoso.com/token | not https",
        "another issuer | https://evil.example/realms/ops | https://evil.example/token | names the issuer 'https://evil.example/realms/ops'"})
    void anUntrustworthyDiscoveryDocumentIsRefusedBeforeAnySecretIsSent(String name, String issuer, String token, String why) {
        azure.client().register(get(urlEqualTo(DISCOVERY)).willReturn(okJson(document(issuer, token))));

        Result result = connect("--tenant", "ops");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("Error: ") && result.err().contains(why), result::toString);
        assertTrue(result.err().contains("nothing was sent"), result::toString);
        assertEquals(0, azure.client().find(postRequestedFor(anyUrl())).size(), "no token request anywhere");
    }

    @Test
    void aPlainHttpAuthorityOffLoopbackIsAUsageError() {
        Result result = o365.run("graph", "connect", "--authType", "secret", "--appId", "ops-app",
                "--authority", "http://idp.contoso.com/realms/ops", "--secret", SECRET);

        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(0, azure.client().find(anyRequestedFor(anyUrl())).size());
    }

    @Test
    void appOnlyWithAnAuthorityNeedsNoTenantAndDiscoveryIsFetchedOnceForSignInAndRenewals() {
        azure.client().register(get(urlEqualTo(DISCOVERY)).willReturn(okJson(document(AUTHORITY + "/", AUTHORITY
                + "/protocol/openid-connect/token"))));

        Result connect = connect();
        for (int i = 0; i < 2; i++) {
            ConnectionStore store = new ConnectionStore(o365.home(), new JsonMapper());
            StoredConnection connected = store.get("graph").orElseThrow();
            store.put(connected.withTokens(connected.accessToken(), Instant.now().minusSeconds(60), null));
            Result renewed = o365.run("util", "accesstoken", "get", "--resource", "graph");
            assertEquals(0, renewed.exitCode(), renewed::toString);
        }

        assertEquals(0, connect.exitCode(), connect::toString);
        azure.client().verifyThat(3, postRequestedFor(urlEqualTo("/realms/ops/protocol/openid-connect/token")));
        azure.client().verifyThat(1, getRequestedFor(urlEqualTo(DISCOVERY)));
    }

    private Result connect(String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("graph", "connect", "--authType", "secret",
                "--appId", "ops-app", "--authority", AUTHORITY, "--secret", SECRET));
        args.addAll(java.util.List.of(more));
        return o365.run(args.toArray(String[]::new));
    }

    private static String document(String issuer, String token) {
        return "{\"issuer\":\"" + issuer + "\",\"token_endpoint\":\"" + token + "\","
                + "\"authorization_endpoint\":\"" + AUTHORITY + "/protocol/openid-connect/auth\","
                + "\"jwks_uri\":\"" + AUTHORITY + "/protocol/openid-connect/certs\",\"response_types_supported\":[\"code\"],"
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
    }
}
