package org.o365cli.host.auth.connect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.http.AzureWireMock;
import org.o365cli.host.plugin.TestPlugins;

/**
 * connect, status, renewal, util accesstoken get and request as a user runs them, against
 * WireMock playing Azure AD and Graph at their production URLs (through the HTTPS proxy seam).
 */
class ConnectEndToEndTest {

    @RegisterExtension
    static AzureWireMock azure = new AzureWireMock();

    private static final String TOKEN_PATH = "/contoso.onmicrosoft.com/oauth2/v2.0/token";
    private static final String SECRET = "s3cr3t~value-never-shown";
    private static final String APP_TOKEN = Tokens.jwt("https://graph.microsoft.com", Map.of("app_displayname", "Contoso Ops", "idtyp", "app"));

    @TempDir
    Path root;

    private CliRunner o365;

    @BeforeEach
    void install() {
        o365 = new CliRunner(root).withEnvironment(azure.environment());
        o365.ship(TestPlugins.service("graph", "graph", "https://graph.microsoft.com"), "graph.jar");
        o365.ship(TestPlugins.service("hello", "hello"), "hello.jar");
        azure.client().register(post(urlEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=client_credentials"))
                .willReturn(okJson(Tokens.tokenResponse(APP_TOKEN, null))));
    }

    private Result connectWithSecret(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("graph", "connect", "--authType", "secret", "--appId", "app-1",
                "--tenant", "contoso.onmicrosoft.com", "--secret", SECRET));
        args.addAll(List.of(more));
        return o365.run(args.toArray(String[]::new));
    }

    @Test
    void secretConnectSendsTheClientCredentialsGrantAndStoresTheConnection() {
        Result connect = connectWithSecret();

        assertEquals(0, connect.exitCode(), connect::toString);
        assertEquals("Contoso Ops", connect.json().get("connectedAs").asText());
        azure.client().verifyThat(1, postRequestedFor(urlEqualTo(TOKEN_PATH))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withHeader("User-Agent", equalTo("NONISV|o365cli|o365/0.1.0"))
                .withRequestBody(containing("client_id=app-1"))
                .withRequestBody(containing("scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"))
                .withRequestBody(containing("client_secret=" + java.net.URLEncoder.encode(SECRET, java.nio.charset.StandardCharsets.UTF_8))));
        JsonNode status = o365.run("status").json().get(0);
        assertEquals("graph", status.get("service").asText());
        assertEquals("secret", status.get("authType").asText());
        assertEquals("https://graph.microsoft.com", status.get("resource").asText());
        assertEquals("tid-1", o365.run("graph", "status").json().path("tenantId").asText("tid-1"));
    }

    @Test
    void statusAndErrorsNeverShowATokenOrTheSecret() throws Exception {
        connectWithSecret();

        for (Result result : List.of(o365.run("status"), o365.run("graph", "status", "-o", "text"), o365.run("cli", "config", "list"))) {
            assertFalse(result.out().contains(APP_TOKEN) || result.out().contains(SECRET), result::toString);
        }
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(o365.home().resolve("connections.json"))));
    }

    @Test
    void cachedTokenNeedsNoRequestAndExpiredOneIsRenewedByRunningTheGrantAgain() {
        connectWithSecret();

        Result cached = o365.run("util", "accesstoken", "get", "--resource", "graph");
        assertEquals(0, cached.exitCode(), cached::toString);
        assertEquals(APP_TOKEN, cached.out().trim());
        azure.client().verifyThat(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));

        o365.run("cli", "config", "set", "tokenRenewalMarginSeconds", "3600");
        Result renewed = o365.run("util", "accesstoken", "get", "--resource", "https://graph.microsoft.com");
        assertEquals(0, renewed.exitCode(), renewed::toString);
        azure.client().verifyThat(2, postRequestedFor(urlEqualTo(TOKEN_PATH)).withRequestBody(containing("client_secret=")));
    }

    @Test
    void requestCallsTheApiWithTheConnectionsToken() {
        connectWithSecret();
        azure.client().register(get(urlEqualTo("/v1.0/me")).willReturn(okJson("{\"displayName\":\"Zoë\"}")));

        Result result = o365.run("request", "--url", "@graph/me");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("Zoë", result.json().get("displayName").asText());
        azure.client().verifyThat(getRequestedFor(urlEqualTo("/v1.0/me"))
                .withHeader("Authorization", equalTo("Bearer " + APP_TOKEN)).withHeader("Accept", equalTo("application/json")));
    }

    /** Otherwise a user signs in (a device code, a browser) only for the connection to be lost. */
    @Test
    void connectChecksTheStoreIsWritableBeforeSigningIn() throws Exception {
        Files.createDirectories(o365.home().resolve("connections.json.lock"));

        Result connect = connectWithSecret();

        assertEquals(1, connect.exitCode(), connect::toString);
        assertTrue(connect.err().startsWith("Error: Cannot lock " + o365.home().resolve("connections.json.lock")), connect::toString);
        azure.client().verifyThat(0, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31536001", "9223372036854775807"})
    void anAbsurdExpiresInIsAClearErrorAndNothingIsStored(String expiresIn) {
        azure.client().register(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":"
                + expiresIn + ",\"access_token\":\"" + APP_TOKEN + "\"}")));

        Result connect = connectWithSecret();

        assertEquals(1, connect.exitCode(), connect::toString);
        assertEquals("Error: The identity provider answered expires_in " + expiresIn + " s, more than the year o365 accepts for an"
                + " access token; check the identity provider's token lifetime settings", connect.err().trim());
        assertFalse(Files.exists(o365.home().resolve("connections.json")));
    }

    @Test
    void debugMasksCredentialHeadersAndSasSignaturesTheUserGave() {
        connectWithSecret();
        azure.client().register(get(urlPathEqualTo("/v1.0/me")).willReturn(okJson("{\"id\":\"1\"}")));

        Result result = o365.run("request", "--url", "@graph/me?sv=2022-11-02&sig=SasSignature42", "--debug",
                "--header", "api-key: ApiKeyValue42", "--header", "Ocp-Apim-Subscription-Key: SubscriptionKey42",
                "--header", "X-Custom-Token: CustomToken42");

        assertEquals(0, result.exitCode(), result::toString);
        for (String secret : List.of("SasSignature42", "ApiKeyValue42", "SubscriptionKey42", "CustomToken42")) {
            assertFalse(result.err().contains(secret), secret + " leaked: " + result);
        }
        assertTrue(result.err().contains("api-key: <redacted>"), result::toString);
        azure.client().verifyThat(getRequestedFor(urlPathEqualTo("/v1.0/me")).withHeader("api-key", equalTo("ApiKeyValue42")));
    }

    @Test
    void apiErrorBecomesOneLineWithTheApisWords() {
        connectWithSecret();
        azure.client().register(get(urlEqualTo("/v1.0/users/nobody")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withHeader("request-id", "req-42")
                .withBody("{\"error\":{\"code\":\"Request_ResourceNotFound\",\"message\":\"Resource 'nobody' does not exist.\","
                        + "\"innerError\":{\"date\":\"2026-12-01T14:00:00\",\"request-id\":\"r-2\",\"client-request-id\":\"r-2\"}}}")));

        Result result = o365.run("request", "--url", "https://graph.microsoft.com/v1.0/users/nobody");

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("Error: GET https://graph.microsoft.com/v1.0/users/nobody failed with 404: Resource 'nobody' does not exist."
                + " [Request_ResourceNotFound] (request id req-42)", result.err().trim());
    }

    @Test
    void connectRefusesATokenIssuedForAnotherAudience() {
        Result connect = o365.run("hello", "connect", "--authType", "secret", "--appId", "a", "--tenant",
                "contoso.onmicrosoft.com", "--secret", SECRET);

        assertEquals(1, connect.exitCode(), connect::toString);
        assertTrue(connect.err().contains("the token is for https://graph.microsoft.com, not https://hello.example.com"), connect::toString);
        assertEquals(1, o365.run("hello", "status").exitCode(), "nothing stored");
    }

    @Test
    void renewalRefusedByAzureAdSaysWhyAndWhichConnectToRun() throws Exception {
        azure.client().register(post(urlEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=password"))
                .willReturn(okJson(Tokens.tokenResponse(Tokens.jwt("https://graph.microsoft.com", Map.of("upn", "adele@contoso.com")),
                        "refresh-token-1"))));
        azure.client().register(post(urlEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS700082: The refresh token has expired due to inactivity.\"}")));
        Result connect = o365.run("graph", "connect", "--authType", "password", "--appId", "app-1", "--tenant",
                "contoso.onmicrosoft.com", "-u", "adele@contoso.com", "-p", "P@ssw0rd!");
        assertEquals(0, connect.exitCode(), connect::toString);
        assertEquals("adele@contoso.com", connect.json().get("connectedAs").asText());
        byte[] before = Files.readAllBytes(o365.home().resolve("connections.json"));

        Result result = o365.run("util", "accesstoken", "get", "--resource", "https://contoso.sharepoint.com");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("o365 graph connect --authType password --appId app-1 --tenant contoso.onmicrosoft.com"), result::toString);
        assertTrue(result.err().contains("AADSTS700082"), result::toString);
        assertEquals(new String(before), new String(Files.readAllBytes(o365.home().resolve("connections.json"))), "store unchanged");
        azure.client().verifyThat(postRequestedFor(urlEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("scope=https%3A%2F%2Fcontoso.sharepoint.com%2F.default")));
    }

    // null: Keycloak drops a scope the refresh token was not granted and answers with a JWT without aud.
    @ParameterizedTest
    @NullSource
    @ValueSource(strings = "https://graph.microsoft.com")
    void tokenForAnotherAudienceIsNeverHandedOut(String audience) throws Exception {
        azure.client().register(post(urlEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=password"))
                .willReturn(okJson(Tokens.tokenResponse(Tokens.jwt("https://graph.microsoft.com", Map.of("upn", "a@contoso.com")), "rt-1"))));
        azure.client().register(post(urlEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(okJson(Tokens.tokenResponse(Tokens.jwt(audience, Map.of()), "rt-2"))));
        o365.run("graph", "connect", "--authType", "password", "--appId", "app-1", "--tenant", "contoso.onmicrosoft.com",
                "-u", "a@contoso.com", "-p", "pw");

        Result result = o365.run("util", "accesstoken", "get", "--resource", "https://contoso.sharepoint.com");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("another audience than https://contoso.sharepoint.com"), result::toString);
        assertEquals("", result.out());
        String stored = Files.readString(o365.home().resolve("connections.json"));
        assertTrue(stored.contains("\"refreshToken\" : \"rt-1\""), "the connection keeps its refresh token");
        assertFalse(stored.contains("contoso.sharepoint.com"), "no token kept for the wrong audience");
    }

    @Test
    void debugOverAWholeFlowShowsNoSecretTokenOrPassword() {
        azure.client().register(get(urlPathEqualTo("/v1.0/me")).willReturn(okJson("{\"id\":\"1\"}")));

        Result connect = connectWithSecret("--debug");
        Result request = o365.run("request", "--url", "@graph/me", "--debug");
        Result token = o365.run("util", "accesstoken", "get", "--resource", "graph", "--decoded", "--debug");

        assertEquals(0, connect.exitCode(), connect::toString);
        assertTrue(connect.err().contains("POST https://login.microsoftonline.com" + TOKEN_PATH), connect::toString);
        for (Result result : List.of(connect, request, token)) {
            String all = result.out() + result.err();
            assertFalse(all.contains(SECRET), "secret leaked: " + result);
            assertFalse(all.contains(APP_TOKEN), "token leaked: " + result);
        }
    }

    @Test
    void deviceCodeShowsTheInstructionsOnStderrAndPollsUntilApproved() {
        String devicePath = "/organizations/oauth2/v2.0/devicecode";
        azure.client().register(post(urlEqualTo(devicePath)).willReturn(okJson("{\"device_code\":\"dc-secret-123\","
                + "\"user_code\":\"ABCD-EFGH\",\"verification_uri\":\"https://microsoft.com/devicelogin\",\"expires_in\":900,"
                + "\"interval\":1,\"message\":\"To sign in, use a web browser to open https://microsoft.com/devicelogin and enter the code ABCD-EFGH.\"}")));
        String token = Tokens.jwt("https://graph.microsoft.com", Map.of("preferred_username", "megan@contoso.com"));
        azure.client().register(post(urlEqualTo("/organizations/oauth2/v2.0/token")).inScenario("device").whenScenarioStateIs(
                com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"authorization_pending\",\"error_description\":\"AADSTS70016: pending\"}"))
                .willSetStateTo("approved"));
        azure.client().register(post(urlEqualTo("/organizations/oauth2/v2.0/token")).inScenario("device").whenScenarioStateIs("approved")
                .willReturn(okJson(Tokens.tokenResponse(token, "rt-device"))));

        Result result = o365.run("graph", "connect", "--appId", "app-1", "--tenant", "organizations");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("enter the code ABCD-EFGH"), result::toString);
        assertFalse(result.out().contains("ABCD-EFGH"), "instructions are not data");
        assertEquals("megan@contoso.com", result.json().get("connectedAs").asText());
        azure.client().verifyThat(postRequestedFor(urlEqualTo(devicePath)).withRequestBody(containing("client_id=app-1"))
                .withRequestBody(containing("offline_access")));
        azure.client().verifyThat(2, postRequestedFor(urlEqualTo("/organizations/oauth2/v2.0/token"))
                .withRequestBody(containing("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code"))
                .withRequestBody(containing("device_code=dc-secret-123")));
    }

    @Test
    void debugOverAPasswordFlowShowsNoPasswordRefreshTokenOrAccessToken() {
        String token = Tokens.jwt("https://graph.microsoft.com", Map.of("upn", "adele@contoso.com"));
        String other = Tokens.jwt("https://contoso.sharepoint.com", Map.of("upn", "adele@contoso.com"));
        String password = "Corr3ct-Horse-Battery";
        azure.client().register(post(urlEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=password"))
                .willReturn(okJson(Tokens.tokenResponse(token, "refresh-token-secret-1"))));
        azure.client().register(post(urlEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(okJson(Tokens.tokenResponse(other, "refresh-token-secret-2"))));

        Result connect = o365.run("graph", "connect", "--authType", "password", "--appId", "app-1", "--tenant",
                "contoso.onmicrosoft.com", "-u", "adele@contoso.com", "-p", password, "--debug");
        Result secondary = o365.run("util", "accesstoken", "get", "--resource", "https://contoso.sharepoint.com", "--decoded", "--debug");

        assertEquals(0, connect.exitCode(), connect::toString);
        assertEquals(0, secondary.exitCode(), secondary::toString);
        for (Result result : List.of(connect, secondary)) {
            String all = result.out() + result.err();
            for (String secret : List.of(password, "refresh-token-secret-1", "refresh-token-secret-2", token, other)) {
                assertFalse(all.contains(secret), secret + " leaked: " + result);
            }
        }
        assertTrue(secondary.err().contains("grant_type=refresh_token"), "the trace shows the grant, not its secrets");
    }

    @Test
    void corruptConnectionsFileIsMovedAsideAndNamedInTheError() throws Exception {
        Files.createDirectories(o365.home());
        Files.writeString(o365.home().resolve("connections.json"), "{\"version\": 1, \"connections\": {\"graph\": {");
        // o365 writes it 0600; a 0644 one would be fixed first, with a warning line of its own
        Files.setPosixFilePermissions(o365.home().resolve("connections.json"), PosixFilePermissions.fromString("rw-------"));

        Result status = o365.run("status");

        assertEquals(1, status.exitCode(), status::toString);
        assertTrue(status.err().startsWith("Error: " + o365.home().resolve("connections.json") + " was unreadable"), status::toString);
        assertTrue(status.err().contains("connections.json.corrupt-"), status::toString);
        assertEquals(1, status.err().strip().lines().count(), status::toString);
        assertEquals(0, connectWithSecret().exitCode(), "connecting again works");
    }

    @Test
    void hostCommandsWithoutAnyConnectionSayHowToConnect() {
        Result token = o365.run("util", "accesstoken", "get", "--resource", "graph");
        Result request = o365.run("request", "--url", "@graph/me");

        for (Result result : List.of(token, request)) {
            assertEquals(1, result.exitCode(), result::toString);
            assertTrue(result.err().contains("Not connected to any service: run 'o365 <service> connect' first"), result::toString);
        }
    }

    @Test
    void requestRulesAreUsageErrors() {
        connectWithSecret();

        Result both = o365.run("request", "--url", "@graph/me", "--body", "{}", "--filePath", "x.json");
        Result header = o365.run("request", "--url", "@graph/me", "--header", "no-colon");
        Result url = o365.run("request", "--url", "graph.microsoft.com/v1.0/me");

        assertEquals(2, both.exitCode(), both::toString);
        assertTrue(both.err().contains("Give --body or --filePath, not both"), both::toString);
        assertEquals(2, header.exitCode(), header::toString);
        assertTrue(header.err().contains("use 'Name: value'"), header::toString);
        assertEquals(2, url.exitCode(), url::toString);
        assertTrue(url.err().contains("Invalid --url"), url::toString);
    }
}
