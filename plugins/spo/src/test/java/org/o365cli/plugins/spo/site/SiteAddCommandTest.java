package org.o365cli.plugins.spo.site;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.http.AzureWireMock;
import org.o365cli.plugins.spo.SpoTenant;

/** {@code spo site add}: on the tenant's root site, derived from the connection, with that site's token. */
class SiteAddCommandTest {

    @RegisterExtension
    static AzureWireMock azure = new AzureWireMock();

    private static final String TEAM = "/_api/GroupSiteManager/CreateGroupEx";
    private static final String COMMUNICATION = "/_api/SPSiteManager/Create";

    @TempDir
    Path root;

    private SpoTenant tenant;

    @BeforeEach
    void connect() {
        tenant = new SpoTenant(azure, root);
        tenant.connectToAdminSite();
    }

    @Test
    void teamSiteIsCreatedWithCreateGroupExOnTheRootSite() {
        azure.client().register(post(urlEqualTo(TEAM)).withHost(equalTo(SpoTenant.ROOT_HOST)).willReturn(okJson(
                "{\"d\":{\"DocumentsUrl\":null,\"ErrorMessage\":null,\"GroupId\":\"g1\",\"SiteStatus\":2,"
                        + "\"SiteUrl\":\"https://contoso.sharepoint.com/sites/team\"}}")));

        Result result = tenant.run("spo", "site", "add", "--title", "Team", "--alias", "team", "--description", "d",
                "--classification", "LBI", "--isPublic", "--lcid", "1033", "--owners", "a@contoso.com,b@contoso.com");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("https://contoso.sharepoint.com/sites/team", result.json().asText());
        azure.client().verifyThat(1, postRequestedFor(urlEqualTo(TEAM)).withHost(equalTo(SpoTenant.ROOT_HOST))
                .withHeader("Authorization", equalTo("Bearer " + SpoTenant.ROOT_TOKEN))
                .withHeader("Accept", equalTo("application/json;odata=verbose"))
                .withHeader("Content-Type", equalTo("application/json;odata=verbose"))
                .withRequestBody(equalToJson("{\"displayName\":\"Team\",\"alias\":\"team\",\"isPublic\":true,\"optionalParams\":"
                        + "{\"Description\":\"d\",\"CreationOptions\":{\"results\":[\"SPSiteLanguage:1033\"]},\"Classification\":\"LBI\","
                        + "\"Owners\":{\"results\":[\"a@contoso.com\",\"b@contoso.com\"]}}}")));
    }

    @Test
    void communicationSiteIsCreatedWithSpSiteManager() {
        azure.client().register(post(urlEqualTo(COMMUNICATION)).withHost(equalTo(SpoTenant.ROOT_HOST)).willReturn(okJson(
                "{\"d\":{\"Create\":{\"SiteId\":\"s1\",\"SiteStatus\":2,\"SiteUrl\":\"https://contoso.sharepoint.com/sites/news\"},"
                        + "\"SiteStatus\":2,\"SiteUrl\":\"https://contoso.sharepoint.com/sites/news\"}}")));

        Result result = tenant.run("spo", "site", "add", "--type", "CommunicationSite", "--title", "News", "--url",
                "https://contoso.sharepoint.com/sites/news", "--siteDesign", "Showcase", "--shareByEmailEnabled", "--owners", "a@contoso.com");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("https://contoso.sharepoint.com/sites/news", result.json().asText());
        azure.client().verifyThat(1, postRequestedFor(urlEqualTo(COMMUNICATION)).withHost(equalTo(SpoTenant.ROOT_HOST))
                .withHeader("Authorization", equalTo("Bearer " + SpoTenant.ROOT_TOKEN))
                .withRequestBody(equalToJson("{\"request\":{\"Title\":\"News\",\"Url\":\"https://contoso.sharepoint.com/sites/news\","
                        + "\"Lcid\":1033,\"ShareByEmailEnabled\":true,\"Description\":\"\",\"Classification\":\"\","
                        + "\"WebTemplate\":\"SITEPAGEPUBLISHING#0\",\"SiteDesignId\":\"6142d2a0-63a5-4ba0-aede-d9fefca2c767\","
                        + "\"Owner\":\"a@contoso.com\"}}")));
    }

    @Test
    void groupErrorMessageIsTheError() {
        azure.client().register(post(urlEqualTo(TEAM)).willReturn(okJson(
                "{\"d\":{\"ErrorMessage\":\"The group alias already exists.\",\"SiteStatus\":0,\"SiteUrl\":null}}")));

        Result result = tenant.run("spo", "site", "add", "--title", "Team", "--alias", "team");

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("Error: Could not create the team site 'team': The group alias already exists.", result.err().trim());
    }

    @Test
    void communicationSiteNotReadyIsAnError() {
        azure.client().register(post(urlEqualTo(COMMUNICATION)).willReturn(okJson("{\"d\":{\"SiteStatus\":3,\"SiteUrl\":\"\"}}")));

        Result result = tenant.run("spo", "site", "add", "--type", "CommunicationSite", "--title", "N", "--url",
                "https://contoso.sharepoint.com/sites/news");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("site status 3"), result::toString);
    }

    @Test
    void throttledCreationIsRetriedAfterRetryAfter() {
        azure.client().register(post(urlEqualTo(TEAM)).inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        azure.client().register(post(urlEqualTo(TEAM)).inScenario("throttle").whenScenarioStateIs("ok").willReturn(okJson(
                "{\"d\":{\"ErrorMessage\":null,\"SiteStatus\":2,\"SiteUrl\":\"https://contoso.sharepoint.com/sites/team\"}}")));

        Result result = tenant.run("spo", "site", "add", "--title", "Team", "--alias", "team");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("https://contoso.sharepoint.com/sites/team", result.json().asText());
        azure.client().verifyThat(2, postRequestedFor(urlEqualTo(TEAM)));
    }

    @Test
    void htmlInsteadOfJsonIsAClearError() {
        azure.client().register(post(urlEqualTo(COMMUNICATION)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody("<html><body>Sign in to your account</body></html>")));

        Result result = tenant.run("spo", "site", "add", "--type", "CommunicationSite", "--title", "N", "--url",
                "https://contoso.sharepoint.com/sites/news");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("HTML page instead of JSON"), result::toString);
    }

    @Test
    void accessDeniedIsOneLine() {
        azure.client().register(post(urlEqualTo(TEAM)).willReturn(SpoTenant.accessDenied()));

        Result result = tenant.run("spo", "site", "add", "--title", "Team", "--alias", "team");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("Access denied."), result::toString);
        assertEquals(1, result.err().trim().lines().count(), result::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--title T", "--type TeamSite --title T", "--type CommunicationSite --title T",
        "--alias a", "--type Wiki --title T --alias a", "--title T --alias a --lcid x",
        "--type CommunicationSite --title T --url https://contoso.sharepoint.com/sites/n --siteDesign Fancy",
        "--type CommunicationSite --title T --url https://contoso.sharepoint.com/sites/n --owners a,b"})
    void invalidOptionsAreUsageErrorsAndSendNothing(String args) {
        azure.client().resetRequests();

        Result result = tenant.run(("spo site add " + args).split(" "));

        assertEquals(2, result.exitCode(), result::toString);
        azure.client().verifyThat(0, anyRequestedFor(anyUrl()));
    }
}
