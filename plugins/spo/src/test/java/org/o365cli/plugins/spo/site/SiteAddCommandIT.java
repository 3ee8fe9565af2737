package org.o365cli.plugins.spo.site;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.plugins.spo.SpoTenant;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code spo site add}: on the tenant's root site, derived from the connection, with that site's token. */
class SiteAddCommandIT {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    private static final String TEAM = "/_api/GroupSiteManager/CreateGroupEx";
    private static final String COMMUNICATION = "/_api/SPSiteManager/Create";
    private static final String GROUP_ID = "7d5fc9b1-2b36-4bd8-8b1a-3f3a2bd4c2a0";
    private static final String SITE_ID = "d11e59d6-4c0a-4b21-9f5b-03a2b9c0e7c4";
    private static final String TEAM_URL = "https://contoso.sharepoint.com/sites/team";
    private static final String NEWS_URL = "https://contoso.sharepoint.com/sites/news";
    private static final String GROUP_STATUS = "/_api/GroupSiteManager/GetSiteStatus?groupId=%27" + GROUP_ID + "%27";
    private static final String SITE_STATUS = "/_api/SPSiteManager/status?url=%27https%3A%2F%2Fcontoso.sharepoint.com%2Fsites%2Fnews%27";

    private SpoTenant tenant;

    @BeforeEach
    void connect() {
        tenant = new SpoTenant(o365);
        tenant.connectToAdminSite();
    }

    private static String teamAnswer(int status, String errorMessage) {
        return "{\"DocumentsUrl\":null,\"ErrorMessage\":" + (errorMessage == null ? "null" : "\"" + errorMessage + "\"")
                + ",\"GroupId\":\"" + GROUP_ID + "\",\"SiteStatus\":" + status + ",\"SiteUrl\":\"" + TEAM_URL + "\"}";
    }

    private static String communicationAnswer(int status, String errorMessage) {
        return "{\"SiteId\":\"" + SITE_ID + "\",\"SiteStatus\":" + status + ",\"SiteUrl\":\"" + NEWS_URL + "\""
                + (errorMessage == null ? "" : ",\"ErrorMessage\":\"" + errorMessage + "\"") + "}";
    }

    private RunResult addCommunicationSite(String... more) {
        return tenant.run(Stream.concat(Stream.of("spo", "site", "add", "--type", "CommunicationSite", "--title", "News", "--url", NEWS_URL),
                Stream.of(more)).toArray(String[]::new));
    }

    @Test
    void teamSiteIsCreatedWithCreateGroupExOnTheRootSiteAndPrinted() {
        o365.stubs().register(post(urlEqualTo(TEAM)).withHost(equalTo(SpoTenant.ROOT_HOST)).willReturn(okJson(teamAnswer(2, null))));

        RunResult result = tenant.run("spo", "site", "add", "--title", "Team", "--alias", "team", "--description", "d",
                "--classification", "LBI", "--isPublic", "--lcid", "1033", "--owners", "a@contoso.com,b@contoso.com");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("{\"SiteUrl\":\"" + TEAM_URL + "\",\"SiteStatus\":2,\"GroupId\":\"" + GROUP_ID + "\"}", result.json().toString());
        o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo(TEAM)).withHost(equalTo(SpoTenant.ROOT_HOST))
                .withHeader("Authorization", equalTo("Bearer " + SpoTenant.ROOT_TOKEN))
                .withHeader("Accept", equalTo("application/json;odata=nometadata"))
                .withHeader("Content-Type", equalTo("application/json;odata=verbose"))
                .withRequestBody(equalToJson("{\"displayName\":\"Team\",\"alias\":\"team\",\"isPublic\":true,\"optionalParams\":"
                        + "{\"Description\":\"d\",\"CreationOptions\":{\"results\":[\"SPSiteLanguage:1033\"]},\"Classification\":\"LBI\","
                        + "\"Owners\":{\"results\":[\"a@contoso.com\",\"b@contoso.com\"]}}}")));
    }

    @Test
    void communicationSiteIsCreatedWithSpSiteManagerAndPrinted() {
        o365.stubs().register(post(urlEqualTo(COMMUNICATION)).withHost(equalTo(SpoTenant.ROOT_HOST))
                .willReturn(okJson(communicationAnswer(2, null))));

        RunResult result = addCommunicationSite("--siteDesign", "Showcase", "--shareByEmailEnabled", "--owners", "a@contoso.com");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("{\"SiteUrl\":\"" + NEWS_URL + "\",\"SiteStatus\":2,\"SiteId\":\"" + SITE_ID + "\"}", result.json().toString());
        o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo(COMMUNICATION)).withHost(equalTo(SpoTenant.ROOT_HOST))
                .withHeader("Authorization", equalTo("Bearer " + SpoTenant.ROOT_TOKEN))
                .withHeader("Accept", equalTo("application/json;odata=nometadata"))
                .withHeader("Content-Type", equalTo("application/json;odata=nometadata"))
                .withRequestBody(equalToJson("{\"request\":{\"Title\":\"News\",\"Url\":\"https://contoso.sharepoint.com/sites/news\","
                        + "\"Lcid\":1033,\"ShareByEmailEnabled\":true,\"Description\":\"\",\"Classification\":\"\","
                        + "\"WebTemplate\":\"SITEPAGEPUBLISHING#0\",\"SiteDesignId\":\"6142d2a0-63a5-4ba0-aede-d9fefca2c767\","
                        + "\"Owner\":\"a@contoso.com\"}}")));
    }

    @Test
    void teamSiteErrorMessageIsTheError() {
        o365.stubs().register(post(urlEqualTo(TEAM)).willReturn(okJson(teamAnswer(3, "The group alias already exists."))));

        RunResult result = tenant.run("spo", "site", "add", "--title", "Team", "--alias", "team");

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("Error: Could not create the team site 'team': The group alias already exists.; check in the SharePoint admin"
                + " center whether the site exists before running again", result.err().trim());
    }

    @Test
    void communicationSiteInErrorIsAnErrorWithSharePointsMessage() {
        o365.stubs().register(post(urlEqualTo(COMMUNICATION)).willReturn(okJson(communicationAnswer(3, "The site design is not valid."))));

        RunResult result = addCommunicationSite();

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("Error: Could not create the communication site " + NEWS_URL + ": The site design is not valid."),
                result::toString);
        o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo(COMMUNICATION)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void siteStillProvisioningIsReportedAsSuchWithoutWaiting(boolean team) {
        o365.stubs().register(post(urlEqualTo(team ? TEAM : COMMUNICATION)).willReturn(okJson(team ? teamAnswer(1, null)
                : communicationAnswer(1, null))));

        RunResult result = team ? tenant.run("spo", "site", "add", "--title", "Team", "--alias", "team") : addCommunicationSite();

        String url = team ? TEAM_URL : NEWS_URL;
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(1, result.json().get("SiteStatus").asInt(), result::toString);
        assertEquals(url, result.json().get("SiteUrl").asText(), result::toString);
        assertEquals("SharePoint is still provisioning " + url + "; it is ready within minutes: check it with o365 spo site get --url "
                + url + " (or add --wait to wait for it next time)", result.err().trim());
        o365.stubs().verifyThat(0, getRequestedFor(anyUrl()));
    }

    @Test
    void waitPollsTheGroupSiteStatusUntilReadyWithoutPostingAgain() {
        o365.stubs().register(post(urlEqualTo(TEAM)).willReturn(okJson(teamAnswer(1, null))));
        o365.stubs().register(get(urlEqualTo(GROUP_STATUS)).withHost(equalTo(SpoTenant.ROOT_HOST)).inScenario("p")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(teamAnswer(1, null))).willSetStateTo("ready"));
        o365.stubs().register(get(urlEqualTo(GROUP_STATUS)).inScenario("p").whenScenarioStateIs("ready")
                .willReturn(okJson(teamAnswer(2, null))));

        RunResult result = tenant.run("spo", "site", "add", "--title", "Team", "--alias", "team", "--wait");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("{\"SiteUrl\":\"" + TEAM_URL + "\",\"SiteStatus\":2,\"GroupId\":\"" + GROUP_ID + "\"}", result.json().toString());
        assertEquals(List.of("Waiting for SharePoint to provision " + TEAM_URL + " (site status 1, provisioning); checking again in 1 s",
                "Waiting for SharePoint to provision " + TEAM_URL + " (site status 1, provisioning); checking again in 2 s"),
                result.err().trim().lines().toList());
        o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo(TEAM)));
        o365.stubs().verifyThat(2, getRequestedFor(urlEqualTo(GROUP_STATUS)).withHost(equalTo(SpoTenant.ROOT_HOST))
                .withHeader("Accept", equalTo("application/json;odata=nometadata"))
                .withHeader("Authorization", equalTo("Bearer " + SpoTenant.ROOT_TOKEN)));
    }

    @Test
    void waitPollsTheCommunicationSiteStatusByItsUrl() {
        o365.stubs().register(post(urlEqualTo(COMMUNICATION)).willReturn(okJson(communicationAnswer(1, null))));
        o365.stubs().register(get(urlEqualTo(SITE_STATUS)).withHost(equalTo(SpoTenant.ROOT_HOST))
                .willReturn(okJson(communicationAnswer(2, null))));

        RunResult result = addCommunicationSite("--wait");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(2, result.json().get("SiteStatus").asInt(), result::toString);
        o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo(COMMUNICATION)));
        o365.stubs().verifyThat(1, getRequestedFor(urlEqualTo(SITE_STATUS))
                .withHeader("Accept", equalTo("application/json;odata=nometadata")));
    }

    @Test
    void siteFailingWhileWaitedForIsAnErrorAndIsNotCreatedAgain() {
        o365.stubs().register(post(urlEqualTo(COMMUNICATION)).willReturn(okJson(communicationAnswer(1, null))));
        o365.stubs().register(get(urlEqualTo(SITE_STATUS)).willReturn(okJson(communicationAnswer(3, "Provisioning failed."))));

        RunResult result = addCommunicationSite("--wait");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().trim().endsWith("Error: " + NEWS_URL + " was created, but SharePoint could not provision it:"
                + " Provisioning failed.; check it in the SharePoint admin center"), result::toString);
        o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo(COMMUNICATION)));
    }

    @Test
    void statusThatCannotBeReadWhileWaitingSaysTheSiteWasCreated() {
        o365.stubs().register(post(urlEqualTo(COMMUNICATION)).willReturn(okJson(communicationAnswer(1, null))));
        o365.stubs().register(get(urlEqualTo(SITE_STATUS)).willReturn(SpoTenant.accessDenied()));

        RunResult result = addCommunicationSite("--wait");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("Error: " + NEWS_URL + " was created, but its status could not be read: GET "), result::toString);
        assertTrue(result.err().contains("Access denied."), result::toString);
        o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo(COMMUNICATION)));
    }

    @Test
    void throttledCreationIsRetriedAfterRetryAfter() {
        o365.stubs().register(post(urlEqualTo(TEAM)).inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        o365.stubs().register(post(urlEqualTo(TEAM)).inScenario("throttle").whenScenarioStateIs("ok").willReturn(okJson(
                teamAnswer(2, null))));

        RunResult result = tenant.run("spo", "site", "add", "--title", "Team", "--alias", "team");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(TEAM_URL, result.json().get("SiteUrl").asText());
        o365.stubs().verifyThat(2, postRequestedFor(urlEqualTo(TEAM)));
    }

    @Test
    void htmlInsteadOfJsonIsAClearError() {
        o365.stubs().register(post(urlEqualTo(COMMUNICATION)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody("<html><body>Sign in to your account</body></html>")));

        RunResult result = tenant.run("spo", "site", "add", "--type", "CommunicationSite", "--title", "N", "--url",
                "https://contoso.sharepoint.com/sites/news");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("HTML page instead of JSON"), result::toString);
    }

    @Test
    void accessDeniedIsOneLine() {
        o365.stubs().register(post(urlEqualTo(TEAM)).willReturn(SpoTenant.accessDenied()));

        RunResult result = tenant.run("spo", "site", "add", "--title", "Team", "--alias", "team");

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
        o365.stubs().resetRequests();

        RunResult result = tenant.run(("spo site add " + args).split(" "));

        assertEquals(2, result.exitCode(), result::toString);
        o365.stubs().verifyThat(0, anyRequestedFor(anyUrl()));
    }
}
