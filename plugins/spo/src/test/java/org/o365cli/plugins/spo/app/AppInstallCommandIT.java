package org.o365cli.plugins.spo.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.host.store.StoredConnection;
import org.o365cli.plugins.spo.SpoTenant;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

/** {@code spo app install} and {@code uninstall}: on any site, while the connection stays where it is. */
class AppInstallCommandIT {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    private static final String ID = "b2307a39-e878-458b-bc90-03bc578531d6";
    private static final String SITE = "https://contoso.sharepoint.com/sites/x";
    private static final String SITE_DIGEST = "0x2222,28 Nov 2026 04:31:00 -0000";

    private SpoTenant tenant;

    @BeforeEach
    void connectToTheAdminSite() {
        tenant = new SpoTenant(o365);
        tenant.connectToAdminSite();
        o365.stubs().register(SpoTenant.contextInfo(SpoTenant.ROOT_HOST, "/sites/x").willReturn(SpoTenant.digest(SITE_DIGEST)));
    }

    private static String path(String scope, String action) {
        return "/sites/x/_api/web/" + scope + "appcatalog/AvailableApps/GetById('" + ID + "')/" + action;
    }

    // uninstall is destructive: without a terminal to confirm on, it needs --force.
    private RunResult run(String action) {
        return action.equals("uninstall") ? tenant.run("spo", "app", action, "--id", ID, "--siteUrl", SITE, "--force")
                : tenant.run("spo", "app", action, "--id", ID, "--siteUrl", SITE);
    }

    @Test
    void uninstallWithoutForceWhenStdinIsNotATerminalIsRefusedAndSendsNothing() {
        o365.stubs().resetRequests();

        RunResult result = tenant.run("spo", "app", "uninstall", "--id", ID, "--siteUrl", SITE);

        assertEquals(2, result.exitCode(), result::toString);
        assertEquals("Error: Refusing to uninstall the app " + ID + " from " + SITE + " without a confirmation: stdin is not a terminal"
                + " to ask it on; add --force to go ahead", result.err().trim());
        o365.stubs().verifyThat(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"y", "n"})
    void uninstallAsksOnTheTerminalAndOnlyYesUninstalls(String answer) {
        o365.stubs().register(post(urlEqualTo(path("tenant", "uninstall"))).willReturn(SpoTenant.nothingReturned()));
        o365.stubs().resetRequests();

        RunResult result = o365.runTyping(answer + "\n", "spo", "app", "uninstall", "--id", ID, "--siteUrl", SITE);

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("Are you sure you want to uninstall the app " + ID + " from " + SITE + "? [y/N]", result.err().trim());
        o365.stubs().verifyThat(answer.equals("y") ? 1 : 0, postRequestedFor(urlEqualTo(path("tenant", "uninstall"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"install", "uninstall"})
    void actionGoesToTheGivenSiteWithItsOwnTokenAndDigestAndKeepsTheConnectionButARotatedRefreshToken(String action) {
        StoredConnection before = tenant.storedConnection();
        o365.stubs().register(post(urlEqualTo(path("tenant", action))).withHost(equalTo(SpoTenant.ROOT_HOST))
                .willReturn(SpoTenant.nothingReturned()));

        RunResult result = run(action);

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.out());
        List<LoggedRequest> requests = o365.stubs().find(postRequestedFor(urlEqualTo(path("tenant", action))));
        assertEquals(1, requests.size());
        LoggedRequest request = requests.get(0);
        assertEquals(SpoTenant.ROOT_HOST, request.getHost());
        assertEquals(SpoTenant.ROOT, SpoTenant.audience(request.getHeader("Authorization")));
        assertEquals(SITE_DIGEST, request.getHeader("X-RequestDigest"));
        o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo("/sites/x/_api/contextinfo")).withHost(equalTo(SpoTenant.ROOT_HOST))
                .withHeader("Authorization", equalTo("Bearer " + SpoTenant.ROOT_TOKEN)));

        JsonNode status = tenant.run("spo", "status").json();
        assertEquals(SpoTenant.ADMIN, status.get("resource").asText());
        assertEquals(SpoTenant.TENANT_ID, status.get("tenantId").asText());
        StoredConnection after = tenant.storedConnection();
        // The one field getAccessToken may change: the refresh token the server rotated (RFC 6749 section 6).
        assertEquals(SpoTenant.REFRESH_TOKEN, before.refreshToken());
        assertEquals("rt-rotated", after.refreshToken());
        assertEquals(before.accessToken(), after.accessToken());
        assertEquals(before.expiresOn(), after.expiresOn());
        assertEquals(before.resource(), after.resource());
    }

    @Test
    void siteCollectionScopeUsesTheSiteCollectionCatalog() {
        o365.stubs().register(post(urlEqualTo(path("sitecollection", "install"))).willReturn(SpoTenant.nothingReturned()));

        RunResult result = tenant.run("spo", "app", "install", "--id", ID, "--siteUrl", SITE + "/", "--appCatalogScope", "sitecollection");

        assertEquals(0, result.exitCode(), result::toString);
        o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo(path("sitecollection", "install"))).withHost(equalTo(SpoTenant.ROOT_HOST)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"install", "uninstall"})
    void missingAppIsOneLineInSharePointsWords(String action) {
        o365.stubs().register(post(urlEqualTo(path("tenant", action))).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"odata.error\":{\"code\":\"-1, Microsoft.SharePoint.Client.ResourceNotFoundException\","
                        + "\"message\":{\"lang\":\"en-US\",\"value\":\"Exception of type 'Microsoft.SharePoint.Client.ResourceNotFoundException' was thrown.\"}}}")));

        RunResult result = run(action);

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("404") && result.err().contains("ResourceNotFoundException' was thrown."), result::toString);
        assertEquals(1, result.err().trim().lines().count(), result::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"install", "uninstall"})
    void accessDeniedIsOneLine(String action) {
        o365.stubs().register(post(urlEqualTo(path("tenant", action))).willReturn(SpoTenant.accessDenied()));

        RunResult result = run(action);

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("Access denied."), result::toString);
        assertEquals(1, result.err().trim().lines().count(), result::toString);
    }

    @Test
    void throttledInstallIsRetriedAfterRetryAfter() {
        o365.stubs().register(post(urlEqualTo(path("tenant", "install"))).inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        o365.stubs().register(post(urlEqualTo(path("tenant", "install"))).inScenario("throttle").whenScenarioStateIs("ok")
                .willReturn(SpoTenant.nothingReturned()));

        RunResult result = tenant.run("spo", "app", "install", "--id", ID, "--siteUrl", SITE);

        assertEquals(0, result.exitCode(), result::toString);
        o365.stubs().verifyThat(2, postRequestedFor(urlEqualTo(path("tenant", "install"))));
    }

    @Test
    void contextInfoAnsweredWithHtmlIsAClearError() {
        o365.stubs().register(SpoTenant.contextInfo(SpoTenant.ROOT_HOST, "/sites/x").atPriority(1).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "text/html").withBody("<html><body>Sign in</body></html>")));

        RunResult result = tenant.run("spo", "app", "install", "--id", ID, "--siteUrl", SITE);

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("HTML page instead of JSON"), result::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "install --siteUrl https://contoso.sharepoint.com/sites/x",
        "install --id not-a-guid --siteUrl https://contoso.sharepoint.com/sites/x",
        "install --id b2307a39-e878-458b-bc90-03bc578531d6",
        "install --id b2307a39-e878-458b-bc90-03bc578531d6 --siteUrl contoso.sharepoint.com/sites/x",
        "install --id b2307a39-e878-458b-bc90-03bc578531d6 --siteUrl http://contoso.sharepoint.com/sites/x",
        "install --id b2307a39-e878-458b-bc90-03bc578531d6 --siteUrl https://contoso.sharepoint.com --appCatalogScope web",
        "uninstall --id nope --siteUrl https://contoso.sharepoint.com/sites/x",
        "uninstall --id b2307a39-e878-458b-bc90-03bc578531d6",
    })
    void invalidOptionsAreUsageErrorsAndSendNothing(String args) {
        o365.stubs().resetRequests();
        List<String> command = new java.util.ArrayList<>(List.of("spo", "app"));
        command.addAll(List.of(args.split(" ")));

        RunResult result = tenant.run(command.toArray(String[]::new));

        assertEquals(2, result.exitCode(), result::toString);
        o365.stubs().verifyThat(0, anyRequestedFor(anyUrl()));
    }
}
