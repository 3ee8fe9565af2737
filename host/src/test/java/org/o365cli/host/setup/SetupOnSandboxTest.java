package org.o365cli.host.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.setup.GraphTrace.Sent;

/**
 * {@code o365 setup --sandbox} end to end through the real host, against the sandbox tenant, each request
 * Graph received checked against its API reference (learn.microsoft.com/graph/api/…).
 */
class SetupOnSandboxTest {

    static final String GRAPH_SP = "f0d3a8e8-3f8b-3b6e-9a5a-4d3c1f3d8a8c";
    static final String USER_READ = "e1fe6dd8-ba31-4d61-89e7-88639da4683d";

    @TempDir
    Path root;

    private CliRunner o365;

    @BeforeEach
    void graphService() {
        // A proxy nobody listens on: the sandbox must never reach the network.
        o365 = new CliRunner(root).withEnvironment(Map.of("HTTPS_PROXY", "http://127.0.0.1:9"));
        SetupTestPlugins.graph().writeTo(o365.bundledPlugins(), "graph-test.jar");
    }

    @Test
    void theFirstRunCreatesTheAppGrantsConsentAndMakesItTheConnectDefault() {
        Result setup = o365.run("setup", "--sandbox", "--yes", "--debug");
        assertEquals(0, setup.exitCode(), setup::toString);
        String appId = setup.json().get("appId").asText();
        List<Sent> writes = GraphTrace.of(setup.err()).writes();
        assertEquals(3, writes.size(), writes::toString);

        Sent app = writes.get(0);
        assertEquals("POST https://graph.microsoft.com/v1.0/applications", app.method() + " " + app.url());
        assertEquals("application/json", app.headers().get("content-type"));
        assertTrue(app.headers().get("authorization").startsWith("Bearer "), app::toString);
        JsonNode body = app.json();
        assertEquals("o365 CLI", body.get("displayName").asText());
        assertEquals("AzureADMyOrg", body.get("signInAudience").asText());
        assertTrue(body.get("isFallbackPublicClient").asBoolean());
        assertEquals("[\"http://localhost\"]", body.get("publicClient").get("redirectUris").toString());
        JsonNode access = body.get("requiredResourceAccess");
        assertEquals(1, access.size(), access::toString);
        assertEquals("00000003-0000-0000-c000-000000000000", access.get(0).get("resourceAppId").asText());
        assertEquals("{\"id\":\"" + USER_READ + "\",\"type\":\"Scope\"}", access.get(0).get("resourceAccess").get(0).toString());
        assertEquals(4, access.get(0).get("resourceAccess").size());

        Sent sp = writes.get(1);
        assertEquals("POST https://graph.microsoft.com/v1.0/servicePrincipals", sp.method() + " " + sp.url());
        assertEquals("{\"appId\":\"" + appId + "\"}", sp.body());

        Sent grant = writes.get(2);
        assertEquals("POST https://graph.microsoft.com/v1.0/oauth2PermissionGrants", grant.method() + " " + grant.url());
        assertEquals("application/json", grant.headers().get("content-type"));
        JsonNode consent = grant.json();
        assertEquals(List.of("clientId", "consentType", "resourceId", "scope"), names(consent));
        assertEquals("AllPrincipals", consent.get("consentType").asText());
        assertEquals("User.Read offline_access openid profile", consent.get("scope").asText());

        assertEquals(appId, o365.run("cli", "config", "get", "appId").json().get("value").asText());
        Result connect = o365.run("graph", "connect");
        assertEquals(0, connect.exitCode(), connect::toString);
        JsonNode status = o365.run("status").json().get(0);
        assertEquals(appId, status.get("appId").asText(), status::toString);
        assertEquals("Sandbox", status.get("cloud").asText());
        String token = o365.run("util", "accesstoken", "get", "--resource", "https://graph.microsoft.com").out().trim()
                .replace("\"", "");
        assertEquals("User.Read offline_access openid profile", claims(token).get("scp").asText());
    }

    @Test
    void aSecondRunFindsTheAppByNameAndSendsNoWrites() {
        assertEquals(0, o365.run("setup", "--sandbox", "--yes").exitCode());
        Result again = o365.run("setup", "--sandbox", "--yes", "--debug");
        assertEquals(0, again.exitCode(), again::toString);
        assertEquals(List.of(), GraphTrace.of(again.err()).writes());
        assertTrue(again.err().contains("nothing to change"), again::toString);
        assertEquals("[]", again.json().get("changes").toString());
    }

    @Test
    void aDryRunPrintsThePlanAndChangesNothing() {
        Result dry = o365.run("setup", "--sandbox", "--dryRun", "--debug");
        assertEquals(0, dry.exitCode(), dry::toString);
        assertEquals(List.of(), GraphTrace.of(dry.err()).writes());
        assertTrue(dry.json().get("dryRun").asBoolean());
        assertEquals(3, dry.json().get("changes").size(), dry::toString);
        assertTrue(dry.err().contains("  - create the app registration 'o365 CLI'"), dry::toString);
        Result appId = o365.run("cli", "config", "get", "appId");
        assertTrue(appId.json().get("value").isNull(), appId::toString);
    }

    @Test
    void withoutATerminalAndWithoutYesItRefusesBeforeSigningIn() {
        Result refused = o365.run("setup", "--sandbox", "--debug");
        assertEquals(2, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("add --yes to go ahead"), refused::toString);
        assertFalse(refused.err().contains("login.microsoftonline.com"), refused::toString);
    }

    static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static JsonNode claims(String jwt) {
        try {
            return new ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
