package org.o365cli.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory writes o365 setup makes, their permission checks and answers, and the sign-ins they enable. */
class DirectoryWritesTest {

    private static final String GRAPH = "https://graph.microsoft.com";
    private static final String GRAPH_CLI = "14d82eec-204b-4c2f-b7e8-296a70dab67e";
    private static final String SETUP_SCOPES = GRAPH + "/Application.ReadWrite.All " + GRAPH
            + "/DelegatedPermissionGrant.ReadWrite.All " + GRAPH + "/AppRoleAssignment.ReadWrite.All openid profile";

    @TempDir
    Path home;

    @Test
    void theFirstPartyClientGetsThePermissionsItNamesAndCreatesAnAppThatThenSignsInWithWhatWasConsented() {
        TestTenant tenant = new TestTenant(home);
        String admin = signIn(tenant, GRAPH_CLI, tenant.sandbox.status().admin(), SETUP_SCOPES).get("access_token").asText();
        SandboxResponse created = write(tenant, "POST", "/applications", admin,
                "{\"displayName\":\"o365 CLI\",\"isFallbackPublicClient\":true,\"publicClient\":{\"redirectUris\":[\"http://localhost\"]}}");
        assertEquals(201, created.status(), created.text());
        JsonNode app = TestTenant.json(created);
        assertEquals("https://graph.microsoft.com/v1.0/$metadata#applications/$entity", app.get("@odata.context").asText());
        assertEquals("[\"http://localhost\"]", app.at("/publicClient/redirectUris").toString());
        SandboxResponse sp = write(tenant, "POST", "/servicePrincipals", admin, "{\"appId\":\"" + app.get("appId").asText() + "\"}");
        assertEquals(201, sp.status(), sp.text());
        String graphSp = TestTenant.json(tenant.get(GRAPH + "/v1.0/servicePrincipals?$filter=appId%20eq%20%27"
                + "00000003-0000-0000-c000-000000000000%27", admin)).at("/value/0/id").asText();
        String appSp = TestTenant.json(sp).get("id").asText();

        SandboxResponse refused = signInResponse(tenant, app.get("appId").asText(), "admin@contoso.onmicrosoft.com",
                GRAPH + "/.default");
        assertEquals(400, refused.status());
        assertTrue(refused.text().contains("AADSTS65001"), refused.text());

        SandboxResponse grant = write(tenant, "POST", "/oauth2PermissionGrants", admin, "{\"clientId\":\"" + appSp
                + "\",\"consentType\":\"AllPrincipals\",\"resourceId\":\"" + graphSp + "\",\"scope\":\"User.Read\"}");
        assertEquals(201, grant.status(), grant.text());
        assertTrue(TestTenant.json(grant).get("principalId").isNull());
        JsonNode user = signIn(tenant, app.get("appId").asText(), "admin@contoso.onmicrosoft.com", GRAPH + "/.default");
        assertEquals(GRAPH + "/User.Read", user.get("scope").asText());
        SandboxResponse again = write(tenant, "POST", "/oauth2PermissionGrants", admin, "{\"clientId\":\"" + appSp
                + "\",\"consentType\":\"AllPrincipals\",\"resourceId\":\"" + graphSp + "\",\"scope\":\"User.Read\"}");
        assertEquals(409, again.status(), again.text());
        SandboxResponse patched = write(tenant, "PATCH", "/oauth2PermissionGrants/" + TestTenant.json(grant).get("id").asText(),
                admin, "{\"scope\":\"User.Read User.Read.All\"}");
        assertEquals(204, patched.status(), patched.text());
        assertEquals(0, patched.body().length);
    }

    @Test
    void writesNeedTheirPermissionAndAnAdministrator() {
        TestTenant tenant = new TestTenant(home);
        String sandboxApp = tenant.adminSignIn(GRAPH).get("access_token").asText();
        SandboxResponse noScope = write(tenant, "POST", "/applications", sandboxApp, "{\"displayName\":\"x\"}");
        assertEquals(403, noScope.status());
        assertEquals("Authorization_RequestDenied", TestTenant.json(noScope).at("/error/code").asText());
        String user = signIn(tenant, GRAPH_CLI, "MeganB@contoso.onmicrosoft.com", SETUP_SCOPES).get("access_token").asText();
        SandboxResponse notAdmin = write(tenant, "POST", "/applications", user, "{\"displayName\":\"x\"}");
        assertEquals(403, notAdmin.status());
        assertEquals("Insufficient privileges to complete the operation.", TestTenant.json(notAdmin).at("/error/message").asText());
    }

    @Test
    void badBodiesGetGraphsValidationErrors() {
        TestTenant tenant = new TestTenant(home);
        String admin = signIn(tenant, GRAPH_CLI, tenant.sandbox.status().admin(), SETUP_SCOPES).get("access_token").asText();
        SandboxResponse noName = write(tenant, "POST", "/applications", admin, "{}");
        assertEquals(400, noName.status());
        assertEquals("Invalid value specified for property 'displayName' of resource 'Application'.",
                TestTenant.json(noName).at("/error/message").asText());
        SandboxResponse unknown = write(tenant, "POST", "/applications", admin, "{\"displayName\":\"x\",\"colour\":\"red\"}");
        assertEquals("Request_BadRequest", TestTenant.json(unknown).at("/error/code").asText());
        SandboxResponse badKey = write(tenant, "POST", "/applications", admin, "{\"displayName\":\"x\",\"keyCredentials\":"
                + "[{\"type\":\"AsymmetricX509Cert\",\"usage\":\"Verify\",\"key\":\"bm90IGEgY2VydA==\"}]}");
        assertEquals(400, badKey.status(), badKey.text());
        SandboxResponse orphan = write(tenant, "POST", "/servicePrincipals", admin, "{\"appId\":\"00000000-0000-0000-0000-000000000001\"}");
        assertEquals(400, orphan.status(), orphan.text());
    }

    @Test
    void aTenantMadeByAnOlderSandboxIsUpgradedInPlaceKeepingWhatItHolds() throws Exception {
        TestTenant tenant = new TestTenant(home);
        tenant.sandbox.reset(40);
        Path file = home.resolve("sandbox").resolve("state.json");
        com.fasterxml.jackson.databind.node.ObjectNode old = (com.fasterxml.jackson.databind.node.ObjectNode)
                TestTenant.JSON.readTree(file.toFile());
        old.put("version", 1);
        com.fasterxml.jackson.databind.node.ArrayNode sps = old.withArrayProperty("servicePrincipals");
        for (int i = sps.size() - 1; i >= 0; i--) {
            if (sps.get(i).path("appId").asText().equals("00000003-0000-0000-c000-000000000000")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) sps.get(i)).putArray("oauth2PermissionScopes");
            }
        }
        java.nio.file.Files.writeString(file, old.toString());

        JsonNode admin = signIn(tenant, GRAPH_CLI, tenant.sandbox.status().admin(), SETUP_SCOPES);
        assertEquals(40, tenant.sandbox.status().users());
        JsonNode graph = TestTenant.json(tenant.get(GRAPH + "/v1.0/servicePrincipals?$filter=appId%20eq%20%27"
                + "00000003-0000-0000-c000-000000000000%27", admin.get("access_token").asText())).at("/value/0");
        assertTrue(graph.get("oauth2PermissionScopes").size() > 10, graph::toString);
        assertEquals(2, TestTenant.JSON.readTree(file.toFile()).get("version").asInt());
    }

    private static SandboxResponse write(TestTenant tenant, String method, String path, String token, String body) {
        return tenant.send(method, GRAPH + "/v1.0" + path, Map.of("Authorization", "Bearer " + token,
                "Content-Type", "application/json"), body);
    }

    private static JsonNode signIn(TestTenant tenant, String client, String user, String scope) {
        SandboxResponse response = signInResponse(tenant, client, user, scope);
        assertEquals(200, response.status(), response.text());
        return TestTenant.json(response);
    }

    private static SandboxResponse signInResponse(TestTenant tenant, String client, String user, String scope) {
        return tenant.token(Map.of("grant_type", "password", "client_id", client, "username", user,
                "password", tenant.sandbox.status().password(), "scope", scope));
    }
}
