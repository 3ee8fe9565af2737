package org.o365cli.plugins.graph.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.host.auth.certificate.TestCertificate;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

/** Every graph command through the real host against the sandbox tenant, state kept between commands. */
class GraphOnSandboxIT {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack().withEnvironment("O365_HTTP_MAX_RETRY_WAIT_SECONDS", "5");

    @TempDir
    Path root;

    @BeforeEach
    void connect() {
        RunResult connect = o365.run("graph", "connect", "--sandbox");
        assertEquals(0, connect.exitCode(), connect::toString);
    }

    /** A sandbox connection never reaches the network: not even the kit's stubs, the proxy of every run, see a request. */
    @AfterEach
    void nothingLeftTheProcess() {
        assertEquals(0, o365.stubs().find(anyRequestedFor(anyUrl())).size());
    }

    @Test
    void statusShowsTheSandboxCloudAndTheAdministrator() {
        RunResult status = o365.run("status");
        assertEquals(0, status.exitCode(), status::toString);
        JsonNode connection = status.json().get(0);
        assertEquals("Sandbox", connection.get("cloud").asText());
        assertEquals("admin@contoso.onmicrosoft.com", connection.get("connectedAs").asText());
        List<String> table = o365.run("status", "-o", "text").out().lines().toList();
        assertTrue(table.get(0).matches("service +name +active +connectedAs +authType +cloud +resource +expiresOn"), table::toString);
        assertTrue(table.get(2).matches("graph +admin@contoso.onmicrosoft.com +true +admin@contoso.onmicrosoft.com +password"
                + " +Sandbox +https://graph.microsoft.com .*"), table::toString);
    }

    @Test
    void userListPagesThroughEveryUserAndUserGetFindsOneByName() {
        RunResult list = o365.run("graph", "user", "list");
        assertEquals(0, list.exitCode(), list::toString);
        assertEquals(25, list.json().size());
        assertEquals("MOD Administrator", list.json().get(0).get("displayName").asText());
        RunResult filtered = o365.run("graph", "user", "list", "--filter", "startswith(displayName,'Adele')", "--properties",
                "displayName,mail");
        assertEquals("[{\"displayName\":\"Adele Vance\",\"mail\":\"AdeleV@contoso.onmicrosoft.com\"}]",
                filtered.json().toString(), filtered::toString);
        RunResult get = o365.run("graph", "user", "get", "--userName", "MeganB@contoso.onmicrosoft.com");
        assertEquals(0, get.exitCode(), get::toString);
        assertEquals("Megan Bowen", get.json().get("displayName").asText());
    }

    @Test
    void aGroupAddedWithAnOwnerIsThereForListAndGet() {
        String owner = o365.run("graph", "user", "get", "--userName", "AdeleV@contoso.onmicrosoft.com").json().get("id").asText();
        RunResult add = o365.run("graph", "o365group", "add", "--displayName", "Finance", "--mailNickname", "finance",
                "--owners", owner);
        assertEquals(0, add.exitCode(), add::toString);
        String id = add.json().get("id").asText();
        RunResult list = o365.run("graph", "o365group", "list", "--displayName", "Fin");
        assertEquals(1, list.json().size(), list::toString);
        assertEquals(id, list.json().get(0).get("id").asText());
        RunResult get = o365.run("graph", "o365group", "get", "--id", id);
        assertEquals("finance@contoso.onmicrosoft.com", get.json().get("mail").asText(), get::toString);
        RunResult again = o365.run("graph", "o365group", "add", "--displayName", "Finance", "--mailNickname", "finance");
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("Another object with the same value for property mailNickname already exists."),
                again::toString);
    }

    @Test
    void groupSettingsList() {
        RunResult settings = o365.run("graph", "groupsetting", "list");
        assertEquals(0, settings.exitCode(), settings::toString);
        assertEquals("Group.Unified", settings.json().get(0).get("displayName").asText());
    }

    @Test
    void throttlingIsRetriedAfterRetryAfterAndARevokedSessionAsksToConnectAgain() {
        assertEquals(0, o365.run("sandbox", "faults", "set", "--failureRate", "100", "--errors", "429", "--retryAfter", "1")
                .exitCode());
        RunResult throttled = o365.run("graph", "user", "get", "--userName", "AdeleV@contoso.onmicrosoft.com");
        assertEquals(1, throttled.exitCode(), throttled::toString);
        assertTrue(throttled.err().contains("429"), throttled::toString);
        assertEquals(0, o365.run("sandbox", "faults", "clear").exitCode());
        assertEquals(0, o365.run("graph", "user", "get", "--userName", "AdeleV@contoso.onmicrosoft.com").exitCode());
        assertEquals(0, o365.run("sandbox", "revoke").exitCode());
        RunResult renewed = o365.run("util", "accesstoken", "get", "--resource", "https://contoso.sharepoint.com");
        assertEquals(1, renewed.exitCode(), renewed::toString);
        assertTrue(renewed.err().contains("AADSTS50173"), renewed::toString);
    }

    @Test
    void deviceCodePasswordAndCertificateSignInsWork() throws Exception {
        RunResult device = o365.run("graph", "connect", "--sandbox", "--authType", "deviceCode");
        assertEquals(0, device.exitCode(), device::toString);
        assertTrue(device.err().contains("https://microsoft.com/devicelogin"), device::toString);
        String password = o365.run("sandbox", "status").json().get("password").asText();
        RunResult user = o365.run("graph", "connect", "--sandbox", "--authType", "password", "--userName",
                "AdeleV@contoso.onmicrosoft.com", "--password", password);
        assertEquals(0, user.exitCode(), user::toString);
        // Another identity: a connection of its own beside the administrator's, and the active one.
        assertEquals("AdeleV@contoso.onmicrosoft.com", o365.run("graph", "status").json().get("connectedAs").asText());
        assertEquals(2, o365.run("status").json().size());
        TestCertificate certificate = TestCertificate.generate(root);
        RunResult unregistered = o365.run("graph", "connect", "--sandbox", "--authType", "certificate", "-c",
                certificate.pfx().toString(), "-p", TestCertificate.PASSWORD);
        assertEquals(1, unregistered.exitCode(), unregistered::toString);
        assertTrue(unregistered.err().contains("AADSTS700027"), unregistered::toString);
        Path pem = root.resolve("app.pem");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(
                certificate.certificate().getEncoded()) + "\n-----END CERTIFICATE-----\n");
        assertEquals(0, o365.run("sandbox", "certificate", "add", "--certificateFile", pem.toString()).exitCode());
        RunResult app = o365.run("graph", "connect", "--sandbox", "--authType", "certificate", "-c",
                certificate.pfx().toString(), "-p", TestCertificate.PASSWORD);
        assertEquals(0, app.exitCode(), app::toString);
        RunResult list = o365.run("graph", "user", "list", "--properties", "id");
        assertEquals(25, list.json().size(), list::toString);
    }

    @Test
    void debugTracesOfSandboxTrafficShowNoSecret() {
        String password = o365.run("sandbox", "status").json().get("password").asText();
        RunResult connect = o365.run("graph", "connect", "--sandbox", "--debug");
        assertEquals(0, connect.exitCode(), connect::toString);
        assertTrue(connect.err().contains("login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"), connect::toString);
        assertFalse(connect.err().contains(password), "the administrator's password is redacted");
        assertFalse(connect.err().contains("\"refresh_token\":\"0."), "refresh tokens are redacted");
        String token = o365.run("util", "accesstoken", "get", "--resource", "graph").out().trim();
        RunResult get = o365.run("graph", "user", "get", "--userName", "AdeleV@contoso.onmicrosoft.com", "--debug");
        assertEquals(0, get.exitCode(), get::toString);
        assertTrue(get.err().contains("https://graph.microsoft.com/v1.0/users/AdeleV%40contoso.onmicrosoft.com")
                || get.err().contains("https://graph.microsoft.com/v1.0/users/AdeleV@contoso.onmicrosoft.com"), get::toString);
        assertFalse(get.err().contains(token.substring(token.length() - 40)), "the access token is redacted");
    }

    @Test
    void sandboxMistakesAreUsageErrors() {
        assertEquals(2, o365.run("graph", "connect", "--sandbox", "--cloud", "USGovHigh").exitCode());
        assertEquals(2, o365.run("graph", "connect", "--sandbox", "--authType", "identity").exitCode());
        assertEquals(2, o365.run("sandbox", "faults", "set", "--failureRate", "101").exitCode());
        assertEquals(2, o365.run("sandbox", "faults", "set", "--failureRate", "10", "--errors", "404").exitCode());
        RunResult users = o365.run("sandbox", "reset", "--users", "0");
        assertEquals(2, users.exitCode(), users::toString);
        assertTrue(users.err().contains("--users"), users::toString);
        assertEquals("Sandbox", o365.run("status").json().get(0).get("cloud").asText(), "the connection is kept");
    }

    @Test
    void requestAndAccessTokenGetWorkOnTheSandboxConnection() {
        RunResult token = o365.run("util", "accesstoken", "get", "--resource", "graph", "--decoded");
        assertEquals(0, token.exitCode(), token::toString);
        assertEquals("https://graph.microsoft.com", token.json().path("payload").path("aud").asText(), token::toString);
        RunResult request = o365.run("request", "--url", "https://graph.microsoft.com/v1.0/users?$top=2");
        assertEquals(0, request.exitCode(), request::toString);
        assertEquals(2, request.json().get("value").size(), request::toString);
    }
}
