package org.o365cli.host.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.plugin.TestPlugins;

/** A plugin command's API calls through the contract's Http: tokens, paging, throttling, errors. */
class PluginHttpEndToEndTest {

    @RegisterExtension
    static AzureWireMock azure = new AzureWireMock();

    private static final String TOKEN = "eyJhbGciOiJub25lIn0.eyJhdWQiOiJodHRwczovL2dyYXBoLm1pY3Jvc29mdC5jb20iLCJhcHBfZGlzcGxheW5hbWUiOiJ0ZXN0In0.";

    @TempDir
    Path root;

    private CliRunner o365;

    @BeforeEach
    void connect() {
        o365 = new CliRunner(root).withEnvironment(azure.environment());
        o365.ship(TestPlugins.service("graph", "graph", "https://graph.microsoft.com"), "graph.jar");
        azure.client().register(post(urlEqualTo("/contoso.onmicrosoft.com/oauth2/v2.0/token"))
                .willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"" + TOKEN + "\"}")));
        Result connect = o365.run("graph", "connect", "--authType", "secret", "--appId", "a", "--tenant",
                "contoso.onmicrosoft.com", "--secret", "secret-value");
        assertEquals(0, connect.exitCode(), connect::toString);
    }

    @Test
    void itemsOfEveryPageAreStreamedFollowingNextLinks() {
        azure.client().register(get(urlEqualTo("/v1.0/users")).willReturn(okJson(page(1, 2, "https://graph.microsoft.com/v1.0/users?$skiptoken=2"))));
        azure.client().register(get(urlEqualTo("/v1.0/users?$skiptoken=2")).willReturn(okJson(page(3, 4, "https://graph.microsoft.com/v1.0/users?$skiptoken=3"))));
        azure.client().register(get(urlEqualTo("/v1.0/users?$skiptoken=3")).willReturn(okJson(page(5, 5, null))));

        Result result = o365.run("graph", "api", "--url", "https://graph.microsoft.com/v1.0/users", "--pages", "-o", "csv");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("id\n1\n2\n3\n4\n5\n", result.out());
        azure.client().verifyThat(3, getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/v1.0/users.*"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void aMissingCaFileFailsTheApiCommandWithTheOneLineErrorAndSendsNothing() {
        Path missing = root.resolve("corp-ca.pem");
        Result result = o365.withEnvironment(Map.of("O365_CA_FILE", missing.toString()))
                .run("graph", "api", "--url", "https://graph.microsoft.com/v1.0/me");

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("", result.out());
        assertEquals("Error: O365_CA_FILE names " + missing + ", which does not exist; give a PEM file of CA certificates\n",
                result.err());
        azure.client().verifyThat(0, getRequestedFor(urlEqualTo("/v1.0/me")));
    }

    @Test
    void throttledRequestIsRetriedAfterRetryAfter() {
        azure.client().register(get(urlEqualTo("/v1.0/me")).inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        azure.client().register(get(urlEqualTo("/v1.0/me")).inScenario("throttle").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"me\"}")));

        Result result = o365.run("graph", "api", "--url", "https://graph.microsoft.com/v1.0/me", "--ensure");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("me", result.json().get("id").asText());
        azure.client().verifyThat(2, getRequestedFor(urlEqualTo("/v1.0/me")));
    }

    @Test
    void forbiddenWithAnODataErrorIsOneLineInTheApisWords() {
        azure.client().register(get(urlEqualTo("/v1.0/groups")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"Authorization_RequestDenied\",\"message\":\"Insufficient privileges to complete the operation.\","
                        + "\"innerError\":{\"date\":\"2026-12-01T14:00:00\",\"request-id\":\"r-1\",\"client-request-id\":\"r-1\"}}}")));

        Result result = o365.run("graph", "api", "--url", "https://graph.microsoft.com/v1.0/groups");

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("Error: GET https://graph.microsoft.com/v1.0/groups failed with 403: Insufficient privileges to complete"
                + " the operation. [Authorization_RequestDenied]", result.err().trim());
    }

    @Test
    void aHugeHostileErrorMessageIsOneShortLineWithoutEscapeSequences() {
        String message = "\\u001b]0;owned\\u0007\\u001b[2JDenied \\u001b]52;c;ZXZpbA==\\u0007" + "x".repeat(3 * 1024 * 1024);
        azure.client().register(get(urlEqualTo("/v1.0/groups")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"Authorization_RequestDenied\",\"message\":\"" + message + "\"}}")));

        Result result = o365.run("graph", "api", "--url", "https://graph.microsoft.com/v1.0/groups");

        assertEquals(1, result.exitCode(), result::toString);
        String line = result.err().strip();
        System.out.println("bench: error line for a 3 MB error body: " + line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " bytes");
        String shown = line.length() > 300 ? line.substring(0, 300) + "…(" + line.length() + " characters)" : line;
        assertTrue(line.startsWith("Error: GET https://graph.microsoft.com/v1.0/groups failed with 403: Denied xxx"), shown);
        assertTrue(line.endsWith("… [Authorization_RequestDenied]"), shown);
        assertTrue(line.length() < 700, () -> line.length() + " characters");
        assertTrue(line.chars().noneMatch(c -> c < 0x20 || c == 0x7f), "control characters reached stderr");
    }

    @Test
    void htmlInsteadOfJsonIsAClearError() {
        azure.client().register(get(urlEqualTo("/v1.0/me")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Sign in</body></html>")));

        Result result = o365.run("graph", "api", "--url", "https://graph.microsoft.com/v1.0/me");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("answered with an HTML page instead of JSON"), result::toString);
    }

    @Test
    void undeclaredResourceIsRefusedBeforeAnyRequest() {
        Result result = o365.run("graph", "api", "--url", "https://contoso.sharepoint.com/_api/web");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("Plugin 'graph' asked for a token for https://contoso.sharepoint.com"), result::toString);
    }

    private static String page(int from, int to, String next) {
        StringBuilder items = new StringBuilder();
        for (int i = from; i <= to; i++) {
            items.append(i > from ? "," : "").append("{\"id\":\"").append(i).append("\"}");
        }
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#users\","
                + (next == null ? "" : "\"@odata.nextLink\":\"" + next + "\",") + "\"value\":[" + items + "]}";
    }
}
