package org.o365cli.plugins.spo.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.o365cli.plugins.spo.SpoTenant;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

/** {@code spo app list}. */
class AppListCommandIT {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    private static final String PATH = "/_api/web/tenantappcatalog/AvailableApps";
    private static final String SETTINGS = "/_api/SP_TenantSettings_Current";
    private static final String APPS = "{\"value\":[{\"AppCatalogVersion\":\"1.0.0.0\",\"Deployed\":true,"
            + "\"ID\":\"b2307a39-e878-458b-bc90-03bc578531d6\",\"Title\":\"spfx-01\"}]}";

    private SpoTenant tenant;

    @BeforeEach
    void connect() {
        tenant = new SpoTenant(o365);
        tenant.connectToAdminSite();
    }

    @Test
    void listsTheAvailableAppsOfTheTenantCatalogWithTheSitesToken() {
        o365.stubs().register(get(urlEqualTo(PATH)).withHost(equalTo(SpoTenant.ROOT_HOST)).willReturn(okJson(APPS)));

        RunResult result = tenant.run("spo", "app", "list", "--siteUrl", SpoTenant.ROOT);

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("spfx-01", result.json().get(0).get("Title").asText());
        o365.stubs().verifyThat(1, getRequestedFor(urlEqualTo(PATH)).withHost(equalTo(SpoTenant.ROOT_HOST))
                .withHeader("Accept", equalTo("application/json;odata=nometadata"))
                .withHeader("Authorization", equalTo("Bearer " + SpoTenant.ROOT_TOKEN)));
    }

    @Test
    void withoutASiteTheTenantAppCatalogIsFoundFromTheTenantSettings() {
        o365.stubs().register(get(urlEqualTo(SETTINGS)).withHost(equalTo(SpoTenant.ROOT_HOST))
                .willReturn(okJson("{\"CorporateCatalogUrl\":\"https://contoso.sharepoint.com/sites/apps\"}")));
        o365.stubs().register(get(urlEqualTo("/sites/apps" + PATH)).withHost(equalTo(SpoTenant.ROOT_HOST)).willReturn(okJson(APPS)));

        RunResult result = tenant.run("spo", "app", "list");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("spfx-01", result.json().get(0).get("Title").asText());
        for (String path : new String[] {SETTINGS, "/sites/apps" + PATH}) {
            o365.stubs().verifyThat(1, getRequestedFor(urlEqualTo(path)).withHost(equalTo(SpoTenant.ROOT_HOST))
                    .withHeader("Accept", equalTo("application/json;odata=nometadata"))
                    .withHeader("Authorization", equalTo("Bearer " + SpoTenant.ROOT_TOKEN)));
        }
    }

    @Test
    void withoutASiteATenantWithoutAnAppCatalogIsOneLine() {
        o365.stubs().register(get(urlEqualTo(SETTINGS)).willReturn(okJson("{\"CorporateCatalogUrl\":null}")));

        RunResult result = tenant.run("spo", "app", "list");

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("Error: The tenant https://contoso.sharepoint.com has no tenant app catalog; create one in the SharePoint admin"
                + " center (More features > Apps), or give the site of another catalog with --siteUrl", result.err().trim());
    }

    @Test
    void siteCollectionScopeNeedsASite() {
        o365.stubs().resetRequests();

        RunResult result = tenant.run("spo", "app", "list", "--appCatalogScope", "sitecollection");

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("Error: --siteUrl is required with --appCatalogScope sitecollection"), result::toString);
        o365.stubs().verifyThat(0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    }

    @Test
    void textOutputShowsTheDefaultColumns() {
        o365.stubs().register(get(urlEqualTo("/sites/team/_api/web/sitecollectionappcatalog/AvailableApps")).willReturn(okJson(APPS)));

        RunResult result = tenant.run("spo", "app", "list", "--siteUrl", SpoTenant.ROOT + "/sites/team", "--appCatalogScope",
                "sitecollection", "-o", "text");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("spfx-01") && result.out().contains("Title"), result::toString);
    }

    @Test
    void emptyCatalogIsAnEmptyList() {
        o365.stubs().register(get(urlEqualTo(PATH)).willReturn(okJson("{\"value\":[]}")));

        RunResult result = tenant.run("spo", "app", "list", "--siteUrl", SpoTenant.ROOT);

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(0, result.json().size());
    }

    @Test
    void errorsAreOneLine() {
        o365.stubs().register(get(urlEqualTo(PATH)).willReturn(SpoTenant.accessDenied()));
        o365.stubs().register(get(urlEqualTo("/sites/none" + PATH)).willReturn(SpoTenant.fileNotFound()));

        RunResult denied = tenant.run("spo", "app", "list", "--siteUrl", SpoTenant.ROOT);
        RunResult missing = tenant.run("spo", "app", "list", "--siteUrl", SpoTenant.ROOT + "/sites/none");

        assertEquals(1, denied.exitCode(), denied::toString);
        assertTrue(denied.err().contains("Access denied."), denied::toString);
        assertEquals(1, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("404"), missing::toString);
        assertEquals(1, denied.err().trim().lines().count(), denied::toString);
        assertEquals(1, missing.err().trim().lines().count(), missing::toString);
    }

    @Test
    void throttledListIsRetried() {
        o365.stubs().register(get(urlEqualTo(PATH)).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        o365.stubs().register(get(urlEqualTo(PATH)).inScenario("t").whenScenarioStateIs("ok").willReturn(okJson(APPS)));

        RunResult result = tenant.run("spo", "app", "list", "--siteUrl", SpoTenant.ROOT);

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(1, result.json().size());
    }

    @Test
    void htmlInsteadOfJsonIsAClearError() {
        o365.stubs().register(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>Sign in</html>")));

        RunResult result = tenant.run("spo", "app", "list", "--siteUrl", SpoTenant.ROOT);

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("HTML page instead of JSON"), result::toString);
    }
}
