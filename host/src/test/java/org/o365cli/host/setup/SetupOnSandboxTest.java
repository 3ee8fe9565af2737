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
        o365.ship(SetupTestPlugins.graph(), "graph-test.jar");
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
    void scopesAllAddsWhatTheInstalledCommandsDeclareAndAppOnlyAddsRolesAndACertificateConnectUses() throws Exception {
        assertEquals(0, o365.run("setup", "--sandbox", "--yes").exitCode());
        Result all = o365.run("setup", "--sandbox", "--yes", "--scopes", "all", "--appOnly", "--debug");
        assertEquals(0, all.exitCode(), all::toString);
        assertTrue(all.err().contains("Warning: setup can't request permissions on https://api.contoso.com"), all::toString);
        List<Sent> writes = GraphTrace.of(all.err()).writes();
        assertEquals(List.of("PATCH /v1.0/applications/", "PATCH /v1.0/applications/", "PATCH /v1.0/oauth2PermissionGrants/",
                "POST /v1.0/oauth2PermissionGrants", "POST /v1.0/servicePrincipals/", "POST /v1.0/servicePrincipals/",
                "POST /v1.0/servicePrincipals/"), writes.stream().map(w -> w.method() + " " + w.path()
                .replaceAll("(/applications/|/oauth2PermissionGrants/|/servicePrincipals/).*", "$1")).toList(), writes::toString);
        JsonNode access = writes.get(0).json().get("requiredResourceAccess");
        assertEquals(List.of("requiredResourceAccess"), names(writes.get(0).json()));
        assertEquals("[{\"id\":\"" + USER_READ + "\",\"type\":\"Scope\"},"
                + "{\"id\":\"7427e0e9-2fba-42fe-b0c0-848c9e6a8182\",\"type\":\"Scope\"},"
                + "{\"id\":\"37f7f235-527c-4136-accd-4a02d197296e\",\"type\":\"Scope\"},"
                + "{\"id\":\"14dad69e-099b-42c9-810b-d002981feec1\",\"type\":\"Scope\"},"
                + "{\"id\":\"a154be20-db9c-4678-8ab7-66f6cc099a59\",\"type\":\"Scope\"},"
                + "{\"id\":\"df021288-bdef-4463-88db-98f22de89214\",\"type\":\"Role\"},"
                + "{\"id\":\"204e0828-b5ca-4ad8-b9f3-f32a958e7cc4\",\"type\":\"Scope\"},"
                + "{\"id\":\"741f803b-c850-494e-b5df-cde7c675a1ca\",\"type\":\"Role\"}]",
                access.get(0).get("resourceAccess").toString());
        assertEquals("00000003-0000-0ff1-ce00-000000000000", access.get(1).get("resourceAppId").asText());
        JsonNode key = writes.get(1).json().get("keyCredentials").get(0);
        assertEquals("AsymmetricX509Cert", key.get("type").asText());
        assertEquals("Verify", key.get("usage").asText());
        assertEquals("{\"scope\":\"User.Read offline_access openid profile User.Read.All User.ReadWrite.All\"}",
                writes.get(2).body());
        assertEquals("AllSites.FullControl", writes.get(3).json().get("scope").asText());
        JsonNode assignment = writes.get(4).json();
        assertEquals(List.of("principalId", "resourceId", "appRoleId"), names(assignment));
        assertTrue(writes.get(4).path().endsWith("/" + assignment.get("principalId").asText() + "/appRoleAssignments"));
        assertEquals("df021288-bdef-4463-88db-98f22de89214", assignment.get("appRoleId").asText());

        Path certificate = Path.of(all.json().get("certificateFile").asText());
        assertEquals(o365.home().resolve("certificates"), certificate.getParent());
        if (certificate.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    java.nio.file.Files.getPosixFilePermissions(certificate)));
        }
        assertFalse(all.err().contains("PRIVATE KEY"), "the key never shows in a trace");
        Result connect = o365.run("graph", "connect", "--authType", "certificate");
        assertEquals(0, connect.exitCode(), connect::toString);
        String token = o365.run("util", "accesstoken", "get", "--resource", "https://graph.microsoft.com").out().trim()
                .replace("\"", "");
        assertEquals("[\"User.Read.All\",\"User.ReadWrite.All\"]", claims(token).get("roles").toString());
        Result again = o365.run("setup", "--sandbox", "--yes", "--scopes", "all", "--appOnly", "--debug");
        assertEquals(List.of(), GraphTrace.of(again.err()).writes(), again::toString);
    }

    @Test
    void anUnknownPermissionIsAUsageErrorNamingIt() {
        Result bad = o365.run("setup", "--sandbox", "--yes", "--scopes", "User.Read.Everything");
        assertEquals(2, bad.exitCode(), bad::toString);
        assertTrue(bad.err().contains("'User.Read.Everything', which Microsoft Graph does not offer"), bad::toString);
        Result typo = o365.run("setup", "--sandbox", "--yes", "--scopes", "User.Read All");
        assertEquals(2, typo.exitCode(), typo::toString);
        assertTrue(typo.err().contains("Invalid --scopes entry 'User.Read All'"), typo::toString);
        Result password = o365.run("setup", "--sandbox", "--yes", "--authType", "password");
        assertEquals(2, password.exitCode(), password::toString);
        assertTrue(password.err().contains("an administrator signs in with deviceCode or browser"), password::toString);
    }

    @Test
    void onATerminalItAsksAndANoChangesNothing() {
        Result declined = o365.withTerminal("n\n").run("setup", "--sandbox", "--debug");
        assertEquals(1, declined.exitCode(), declined::toString);
        assertTrue(declined.err().contains("Are you sure you want to make these 3 changes in tenant "), declined::toString);
        assertTrue(declined.err().contains("Error: Setup cancelled: nothing was changed"), declined::toString);
        assertEquals(List.of(), GraphTrace.of(declined.err()).writes());
        Result accepted = o365.withTerminal("y\n").run("setup", "--sandbox");
        assertEquals(0, accepted.exitCode(), accepted::toString);
        assertEquals(3, accepted.json().get("changes").size());
    }

    @Test
    void theAdministratorSignsInWithMicrosoftGraphCommandLineToolsAskingSetupsPermissionsByName() {
        Result setup = o365.run("setup", "--sandbox", "--dryRun", "--authType", "deviceCode", "--debug");
        assertEquals(0, setup.exitCode(), setup::toString);
        String trace = setup.err();
        int request = trace.indexOf("> POST https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/devicecode");
        assertTrue(request >= 0, trace);
        String body = trace.substring(request).lines().filter(line -> line.contains("client_id=")).findFirst().orElse("");
        java.util.Map<String, String> form = new java.util.TreeMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertEquals("14d82eec-204b-4c2f-b7e8-296a70dab67e", form.get("client_id"), body);
        assertEquals("https://graph.microsoft.com/Application.ReadWrite.All https://graph.microsoft.com/DelegatedPermissionGrant"
                + ".ReadWrite.All https://graph.microsoft.com/AppRoleAssignment.ReadWrite.All openid profile", form.get("scope"));
        assertTrue(trace.contains("To sign in, use a web browser"), trace);
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
