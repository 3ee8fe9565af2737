package org.o365cli.plugins.spo.site;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.o365cli.plugins.spo.SpoTenant;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

/** {@code spo site list}: CSOM on the admin site, page after page, streamed. */
class SiteListCommandIT {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    private static final String PROCESS_QUERY = "/_vti_bin/client.svc/ProcessQuery";

    private SpoTenant tenant;

    private SpoTenant connectedToTheAdminSite() {
        tenant = new SpoTenant(o365);
        tenant.connectToAdminSite();
        o365.stubs().resetRequests();
        return tenant;
    }

    private static MappingBuilder page(String startIndex) {
        return post(urlEqualTo(PROCESS_QUERY)).withHost(equalTo(SpoTenant.ADMIN_HOST)).atPriority(1)
                .withRequestBody(containing("GetSitePropertiesFromSharePointByFilters"))
                .withRequestBody(containing("<Property Name=\"StartIndex\" Type=\"String\">" + startIndex + "</Property>"));
    }

    private static String sites(String next, String... titles) {
        StringBuilder items = new StringBuilder();
        for (String title : titles) {
            items.append(items.length() == 0 ? "" : ",").append("{\"_ObjectType_\":\"Microsoft.Online.SharePoint.TenantAdministration.SiteProperties\",")
                    .append("\"Title\":\"").append(title).append("\",\"Url\":\"https://contoso.sharepoint.com/sites/").append(title).append("\"}");
        }
        return SpoTenant.csomOk("4", "{\"IsNull\":false}", "5", "{\"_ObjectType_\":\"Microsoft.Online.SharePoint.TenantAdministration."
                + "SPOSitePropertiesEnumerable\",\"NextStartIndex\":-1,\"NextStartIndexFromSharePoint\":"
                + (next == null ? "null" : "\"" + next + "\"") + ",\"_Child_Items_\":[" + items + "]}");
    }

    @Test
    void pagesAreFollowedUntilSharePointGivesNoNextIndex() {
        connectedToTheAdminSite().wiremock().register(page("0").willReturn(okJson(sites("2", "a", "b"))));
        tenant.wiremock().register(page("2").willReturn(okJson(sites("4", "c", "d"))));
        tenant.wiremock().register(page("4").willReturn(okJson(sites(null, "e"))));

        RunResult result = tenant.run("spo", "site", "list", "-o", "csv");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("Title,Url\na,https://contoso.sharepoint.com/sites/a\nb,https://contoso.sharepoint.com/sites/b\n"
                + "c,https://contoso.sharepoint.com/sites/c\nd,https://contoso.sharepoint.com/sites/d\n"
                + "e,https://contoso.sharepoint.com/sites/e\n", result.out());
        o365.stubs().verifyThat(3, postRequestedFor(urlEqualTo(PROCESS_QUERY)).withHost(equalTo(SpoTenant.ADMIN_HOST))
                .withHeader("Authorization", equalTo("Bearer " + SpoTenant.ADMIN_TOKEN))
                .withHeader("X-RequestDigest", equalTo(SpoTenant.ADMIN_DIGEST))
                .withRequestBody(containing("<Constructor Id=\"1\" TypeId=\"{268004ae-ef6b-4e9b-8425-127220d84719}\" />")));
    }

    @Test
    void aNextIndexNamingAPageAlreadyListedStopsWithAnError() {
        connectedToTheAdminSite().wiremock().register(page("0").willReturn(okJson(sites("2", "a"))));
        tenant.wiremock().register(page("2").willReturn(okJson(sites("0", "b"))));

        RunResult result = tenant.run("spo", "site", "list", "-o", "csv");

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("Title,Url\na,https://contoso.sharepoint.com/sites/a\nb,https://contoso.sharepoint.com/sites/b\n", result.out());
        assertTrue(result.err().contains("named the page starting at 0 as the next page once more"),
                result::toString);
        o365.stubs().verifyThat(2, postRequestedFor(urlEqualTo(PROCESS_QUERY)));
    }

    @Test
    void typeAndFilterGoIntoTheQueryEscaped() {
        connectedToTheAdminSite().wiremock().register(page("0").willReturn(okJson(sites(null))));

        RunResult result = tenant.run("spo", "site", "list", "--type", "CommunicationSite", "--filter", "Url -like 'a&b'");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("[]", result.out().trim());
        o365.stubs().verifyThat(postRequestedFor(urlEqualTo(PROCESS_QUERY))
                .withRequestBody(containing("<Property Name=\"Template\" Type=\"String\">SITEPAGEPUBLISHING#0</Property>"))
                .withRequestBody(containing("<Property Name=\"Filter\" Type=\"String\">Url -like &apos;a&amp;b&apos;</Property>")));
    }

    @Test
    void connectedToARegularSiteTheErrorNamesTheConnectToRun() {
        tenant = new SpoTenant(o365);
        assertEquals(0, tenant.connect("https://contoso.sharepoint.com/sites/team").exitCode());
        o365.stubs().resetRequests();

        RunResult result = tenant.run("spo", "site", "list");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("Connect to a tenant admin site first"), result::toString);
        o365.stubs().verifyThat(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void csomErrorIsOneLine() {
        connectedToTheAdminSite().wiremock().register(page("0").willReturn(okJson(SpoTenant.csomError(
                "Access denied.", -2147024891, "System.UnauthorizedAccessException"))));

        RunResult result = tenant.run("spo", "site", "list");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("Access denied. [System.UnauthorizedAccessException -2147024891]"), result::toString);
    }

    @Test
    void forbiddenIsOneLineInSharePointsWords() {
        connectedToTheAdminSite().wiremock().register(page("0").willReturn(SpoTenant.accessDenied()));

        RunResult result = tenant.run("spo", "site", "list");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("Access denied."), result::toString);
        assertEquals(1, result.err().trim().lines().count(), result::toString);
    }

    @Test
    void notFoundIsOneLine() {
        connectedToTheAdminSite().wiremock().register(page("0").willReturn(SpoTenant.fileNotFound()));

        RunResult result = tenant.run("spo", "site", "list");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("failed with 404: File Not Found."), result::toString);
    }

    @Test
    void throttledPageIsRetriedAfterRetryAfter() {
        connectedToTheAdminSite().wiremock().register(page("0").inScenario("throttle")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("ok"));
        tenant.wiremock().register(page("0").inScenario("throttle").whenScenarioStateIs("ok").willReturn(okJson(sites(null, "a"))));

        RunResult result = tenant.run("spo", "site", "list", "-o", "csv");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("Title,Url\na,https://contoso.sharepoint.com/sites/a\n", result.out());
    }

    @Test
    void htmlInsteadOfJsonIsAClearError() {
        connectedToTheAdminSite().wiremock().register(page("0").willReturn(com.github.tomakehurst.wiremock.client.WireMock
                .aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>Sign in</html>")));

        RunResult result = tenant.run("spo", "site", "list");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("HTML page instead of JSON"), result::toString);
    }
}
