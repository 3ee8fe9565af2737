package org.o365cli.plugins.aad.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

/** Every aad command through the real host against the sandbox tenant, connected with its app's client secret. */
class AadOnSandboxIT {

    private static final String CRM = "9b1b1e42-794b-4c71-93ac-5ed92488b67f";

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    @BeforeEach
    void connect() {
        String secret = o365.run("sandbox", "status").json().get("secret").asText();
        RunResult connect = o365.run("aad", "connect", "--sandbox", "--authType", "secret", "--secret", secret);
        assertEquals(0, connect.exitCode(), connect::toString);
        assertTrue(o365.run("aad", "status").out().contains("Sandbox"));
    }

    /** The sandbox answers in process: nothing a test here runs goes out, not even to the kit's stubs. */
    @AfterEach
    void nothingLeftTheProcess() {
        assertEquals(0, o365.stubs().find(anyRequestedFor(anyUrl())).size());
    }

    @Test
    void appListAndGetFindTheSeededApplications() {
        RunResult list = o365.run("aad", "app", "list", "--filter", "startswith(displayName,'Contoso')");
        assertEquals(0, list.exitCode(), list::toString);
        assertEquals(1, list.json().size());
        assertEquals(CRM, list.json().get(0).get("appId").asText());
        RunResult get = o365.run("aad", "app", "get", "--appId", CRM);
        assertEquals("Contoso CRM", get.json().get("displayName").asText(), get::toString);
        RunResult byId = o365.run("aad", "app", "get", "--id", get.json().get("id").asText());
        assertEquals(CRM, byId.json().get("appId").asText(), byId::toString);
    }

    @Test
    void servicePrincipalsByAppIdDisplayNameAndId() {
        RunResult graph = o365.run("aad", "sp", "get", "--appId", "00000003-0000-0000-c000-000000000000");
        assertEquals("Microsoft Graph", graph.json().get("displayName").asText(), graph::toString);
        RunResult byName = o365.run("aad", "sp", "get", "--displayName", "Microsoft Graph");
        assertEquals(graph.json().get("id").asText(), byName.json().get("id").asText(), byName::toString);
        RunResult byId = o365.run("aad", "sp", "get", "--id", graph.json().get("id").asText());
        assertEquals("Microsoft Graph", byId.json().get("displayName").asText(), byId::toString);
        RunResult list = o365.run("aad", "sp", "list", "--properties", "id,appId,displayName");
        assertEquals(4, list.json().size(), list::toString);
        RunResult missing = o365.run("aad", "sp", "get", "--appId", "11111111-1111-1111-1111-111111111111");
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("No service principal"), missing::toString);
    }

    @Test
    void grantsAndAppRoleAssignmentsOfTheCrmApp() {
        String crmSp = o365.run("aad", "sp", "get", "--appId", CRM).json().get("id").asText();
        RunResult grants = o365.run("aad", "oauth2grant", "list", "--spObjectId", crmSp);
        assertEquals(0, grants.exitCode(), grants::toString);
        assertEquals("User.Read", grants.json().get(0).get("scope").asText());
        RunResult roles = o365.run("aad", "approleassignment", "list", "--appDisplayName", "Contoso CRM");
        assertEquals(0, roles.exitCode(), roles::toString);
        JsonNode role = roles.json().get(0);
        assertEquals("Microsoft Graph", role.get("resourceDisplayName").asText());
        assertEquals("Contoso CRM", role.get("principalDisplayName").asText());
    }
}
