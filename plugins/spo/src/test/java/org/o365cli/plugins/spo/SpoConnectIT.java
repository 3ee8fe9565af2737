package org.o365cli.plugins.spo;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

/** {@code o365 spo connect}: the tenant id read once when connecting to the tenant admin site. */
class SpoConnectIT {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    private SpoTenant tenant;

    @BeforeEach
    void tenant() {
        tenant = new SpoTenant(o365);
    }

    @Test
    void connectingToTheAdminSiteReadsAndKeepsTheTenantId() {
        tenant.connectToAdminSite();

        o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo("/_api/contextinfo")).withHost(equalTo(SpoTenant.ADMIN_HOST))
                .withHeader("Accept", equalTo("application/json;odata=nometadata"))
                .withHeader("Authorization", equalTo("Bearer " + SpoTenant.ADMIN_TOKEN)));
        o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo("/_vti_bin/client.svc/ProcessQuery"))
                .withHost(equalTo(SpoTenant.ADMIN_HOST))
                .withHeader("X-RequestDigest", equalTo(SpoTenant.ADMIN_DIGEST))
                .withHeader("Content-Type", containing("text/xml"))
                .withHeader("Authorization", equalTo("Bearer " + SpoTenant.ADMIN_TOKEN))
                .withRequestBody(containing("<Constructor Id=\"0\" TypeId=\"{268004ae-ef6b-4e9b-8425-127220d84719}\" />"))
                .withRequestBody(containing("<Query SelectAllProperties=\"true\"><Properties /></Query>")));
        JsonNode status = tenant.run("spo", "status").json();
        assertEquals(SpoTenant.TENANT_ID, status.get("tenantId").asText(), status::toString);
        assertEquals(SpoTenant.ADMIN, status.get("resource").asText());
        assertEquals(SpoTenant.ADMIN, status.get("url").asText());
    }

    @Test
    void adminFlagMakesAVanityAdminHostTheTenantAdminSite() {
        String vanity = "https://contosoadmin.sharepoint.com";
        o365.stubs().register(post(urlEqualTo(SpoTenant.TOKEN_PATH)).withRequestBody(containing("grant_type=password"))
                .withRequestBody(containing("contosoadmin.sharepoint.com"))
                .willReturn(okJson(SpoTenant.tokenResponse(SpoTenant.jwt(vanity), "rt-vanity"))));
        o365.stubs().register(SpoTenant.contextInfo("contosoadmin.sharepoint.com", "").willReturn(SpoTenant.digest("0x2222")));
        o365.stubs().register(post(urlEqualTo("/_vti_bin/client.svc/ProcessQuery")).withHost(equalTo("contosoadmin.sharepoint.com"))
                .willReturn(okJson(SpoTenant.tenantAnswer())));

        RunResult result = o365.run("spo", "connect", vanity, "--admin", "--authType", "password", "--appId", "a",
                "--tenant", "contoso.onmicrosoft.com", "-u", "admin@contoso.com", "-p", "pw");

        assertEquals(0, result.exitCode(), result::toString);
        JsonNode status = tenant.run("spo", "status").json();
        assertEquals(SpoTenant.TENANT_ID, status.get("tenantId").asText(), status::toString);
        assertEquals("true", status.get("admin").asText(), status::toString);
        o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo("/_vti_bin/client.svc/ProcessQuery"))
                .withHost(equalTo("contosoadmin.sharepoint.com")).withHeader("X-RequestDigest", equalTo("0x2222")));
    }

    @Test
    void connectingToARegularSiteMakesNoCsomCall() {
        RunResult result = tenant.connect("https://contoso.sharepoint.com/sites/team");

        assertEquals(0, result.exitCode(), result::toString);
        o365.stubs().verifyThat(0, WireMock.anyRequestedFor(urlMatching("/(_api|_vti_bin)/.*")));
        JsonNode status = tenant.run("spo", "status").json();
        assertEquals(SpoTenant.ROOT, status.get("resource").asText());
        assertFalse(status.has("tenantId"), status::toString);
    }

    @Test
    void csomErrorAtConnectIsOneLineAndKeepsNoConnection() {
        o365.stubs().register(SpoTenant.contextInfo(SpoTenant.ADMIN_HOST, "").willReturn(SpoTenant.digest(SpoTenant.ADMIN_DIGEST)));
        o365.stubs().register(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/_vti_bin/client.svc/ProcessQuery"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        SpoTenant.csomError("Access denied. You do not have permission.", -2147024891, "System.UnauthorizedAccessException"))));

        RunResult result = tenant.connect(SpoTenant.ADMIN);

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("Access denied. You do not have permission. [System.UnauthorizedAccessException -2147024891]"
                + " (correlation id " + SpoTenant.CORRELATION_ID + ")"), result::toString);
        assertEquals(1, result.err().trim().lines().count(), result::toString);
        assertEquals(1, tenant.run("spo", "status").exitCode(), "no connection kept");
    }
}
