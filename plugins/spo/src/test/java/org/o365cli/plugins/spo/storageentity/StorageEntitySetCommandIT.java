package org.o365cli.plugins.spo.storageentity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.plugins.spo.SpoTenant;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

/** {@code spo storageentity set} and {@code remove}: CSOM on the tenant admin site, with the connection's own token. */
class StorageEntitySetCommandIT {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    private static final String CATALOG = "https://contoso.sharepoint.com/sites/appcatalog";
    private static final String PROCESS_QUERY = "/_vti_bin/client.svc/ProcessQuery";
    private static final String HEAD = "<Request AddExpandoFieldTypeSuffix=\"true\" SchemaVersion=\"15.0.0.0\" LibraryVersion=\"16.0.0.0\""
            + " ApplicationName=\"o365cli\" xmlns=\"http://schemas.microsoft.com/sharepoint/clientquery/2009\"><Actions>";
    private static final String PATHS = "</Actions><ObjectPaths><Property Id=\"22\" ParentId=\"20\" Name=\"RootWeb\" />"
            + "<Method Id=\"20\" ParentId=\"18\" Name=\"GetSiteByUrl\"><Parameters><Parameter Type=\"String\">" + CATALOG
            + "</Parameter></Parameters></Method><Constructor Id=\"18\" TypeId=\"{268004ae-ef6b-4e9b-8425-127220d84719}\" />"
            + "</ObjectPaths></Request>";

    private SpoTenant tenant;

    private SpoTenant connectedToTheAdminSite() {
        tenant = new SpoTenant(o365);
        tenant.connectToAdminSite();
        o365.stubs().resetRequests();
        return tenant;
    }

    private static MappingBuilder storageCall() {
        return post(urlEqualTo(PROCESS_QUERY)).withHost(equalTo(SpoTenant.ADMIN_HOST)).atPriority(1);
    }

    private static String[] command(String action, String... more) {
        List<String> args = new ArrayList<>(List.of("spo", "storageentity", action, "--appCatalogUrl", CATALOG, "--key", "AnalyticsId"));
        args.addAll(action.equals("set") ? List.of("--value", "123") : List.of("--force"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void setCallsSetStorageEntityOnTheCatalogsRootWebWithEveryValueEscaped() {
        connectedToTheAdminSite().wiremock().register(storageCall().willReturn(okJson(SpoTenant.csomOk())));

        RunResult result = tenant.run("spo", "storageentity", "set", "--appCatalogUrl", CATALOG, "--key", "A&B", "--value", "<v>",
                "--description", "say \"hi\"", "--comment", "it's");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.out());
        o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo(PROCESS_QUERY)).withHost(equalTo(SpoTenant.ADMIN_HOST))
                .withHeader("Authorization", equalTo("Bearer " + SpoTenant.ADMIN_TOKEN))
                .withHeader("X-RequestDigest", equalTo(SpoTenant.ADMIN_DIGEST))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("text/xml"))
                .withRequestBody(equalTo(HEAD + "<Method Name=\"SetStorageEntity\" Id=\"24\" ObjectPathId=\"22\"><Parameters>"
                        + "<Parameter Type=\"String\">A&amp;B</Parameter><Parameter Type=\"String\">&lt;v&gt;</Parameter>"
                        + "<Parameter Type=\"String\">say &quot;hi&quot;</Parameter><Parameter Type=\"String\">it&apos;s</Parameter>"
                        + "</Parameters></Method>" + PATHS)));
        o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo("/_api/contextinfo")).withHost(equalTo(SpoTenant.ADMIN_HOST)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--value", "--description", "--comment", "--key"})
    void aControlCharacterXmlForbidsIsAUsageErrorNamingTheOptionAndNothingIsSent(String option) {
        connectedToTheAdminSite().wiremock().register(storageCall().willReturn(okJson(SpoTenant.csomOk())));

        List<String> args = new ArrayList<>(List.of("spo", "storageentity", "set", "--appCatalogUrl", CATALOG,
                "--key", "AnalyticsId", "--value", "123", "--description", "d", "--comment", "c"));
        args.set(args.indexOf(option) + 1, "a\u0001b\u001bc");

        RunResult result = tenant.run(args.toArray(String[]::new));

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("Error: Invalid value for " + option
                + ": it holds U+0001, a control character or non-character that cannot be sent; remove it\n"), result::toString);
        o365.stubs().verifyThat(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aTabIsAllowedByXmlAndSent() {
        connectedToTheAdminSite().wiremock().register(storageCall().willReturn(okJson(SpoTenant.csomOk())));

        RunResult result = tenant.run(command("set", "--comment", "a\tb"));

        assertEquals(0, result.exitCode(), result::toString);
        o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo(PROCESS_QUERY))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("<Parameter Type=\"String\">a\tb</Parameter>")));
    }

    @Test
    void removeCallsRemoveStorageEntity() {
        connectedToTheAdminSite().wiremock().register(storageCall().willReturn(okJson(SpoTenant.csomOk())));

        RunResult result = tenant.run(command("remove"));

        assertEquals(0, result.exitCode(), result::toString);
        o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo(PROCESS_QUERY)).withRequestBody(equalTo(HEAD
                + "<Method Name=\"RemoveStorageEntity\" Id=\"24\" ObjectPathId=\"22\"><Parameters>"
                + "<Parameter Type=\"String\">AnalyticsId</Parameter></Parameters></Method>" + PATHS)));
    }

    @Test
    void removeWithoutForceWhenStdinIsNotATerminalIsRefusedAndSendsNothing() {
        connectedToTheAdminSite();

        RunResult result = tenant.run("spo", "storageentity", "remove", "--appCatalogUrl", CATALOG, "--key", "AnalyticsId");

        assertEquals(2, result.exitCode(), result::toString);
        assertEquals("Error: Refusing to remove the storage entity 'AnalyticsId' of " + CATALOG + " without a confirmation:"
                + " stdin is not a terminal to ask it on; add --force to go ahead", result.err().trim());
        o365.stubs().verifyThat(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void removeConfirmedOnTheTerminalRemoves() {
        connectedToTheAdminSite().wiremock().register(storageCall().willReturn(okJson(SpoTenant.csomOk())));

        RunResult result = o365.runTyping("y\n", "spo", "storageentity", "remove", "--appCatalogUrl", CATALOG,
                "--key", "AnalyticsId");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("Are you sure you want to remove the storage entity 'AnalyticsId' of " + CATALOG + "? [y/N]", result.err().trim());
        o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo(PROCESS_QUERY))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("RemoveStorageEntity")));
    }

    @Test
    void removeDeclinedOnTheTerminalSendsNothing() {
        connectedToTheAdminSite();

        RunResult result = o365.runTyping("n\n", "spo", "storageentity", "remove", "--appCatalogUrl", CATALOG,
                "--key", "AnalyticsId");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.out());
        o365.stubs().verifyThat(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"set", "remove"})
    void connectedToARegularSiteTheErrorNamesTheConnectToRunAndNothingIsSent(String action) {
        tenant = new SpoTenant(o365);
        assertEquals(0, tenant.connect("https://contoso.sharepoint.com/sites/team").exitCode());
        o365.stubs().resetRequests();

        RunResult result = tenant.run(command(action));

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("Error: Connect to a tenant admin site first: o365 spo connect https://contoso-admin.sharepoint.com",
                result.err().trim());
        o365.stubs().verifyThat(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"set", "remove"})
    void csomErrorIsOneLine(String action) {
        connectedToTheAdminSite().wiremock().register(storageCall().willReturn(okJson(SpoTenant.csomError(
                "Access denied. You do not have permission to perform this action or access this resource.", -2147024891,
                "System.UnauthorizedAccessException"))));

        RunResult result = tenant.run(command(action));

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("Access denied. You do not have permission to perform this action or access this resource."
                + " [System.UnauthorizedAccessException -2147024891]"), result::toString);
        assertEquals(1, result.err().trim().lines().count(), result::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"set", "remove"})
    void forbiddenIsOneLine(String action) {
        connectedToTheAdminSite().wiremock().register(storageCall().willReturn(SpoTenant.accessDenied()));

        RunResult result = tenant.run(command(action));

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("Access denied."), result::toString);
        assertEquals(1, result.err().trim().lines().count(), result::toString);
    }

    @Test
    void htmlInsteadOfACsomAnswerIsAClearError() {
        connectedToTheAdminSite().wiremock().register(storageCall().willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>Sign in</html>")));

        RunResult result = tenant.run(command("set"));

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("HTML page instead of JSON"), result::toString);
    }

    @Test
    void throttledSetIsRetried() {
        connectedToTheAdminSite().wiremock().register(storageCall().inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        o365.stubs().register(storageCall().inScenario("t").whenScenarioStateIs("ok").willReturn(okJson(SpoTenant.csomOk())));

        RunResult result = tenant.run(command("set"));

        assertEquals(0, result.exitCode(), result::toString);
        o365.stubs().verifyThat(2, postRequestedFor(urlEqualTo(PROCESS_QUERY)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"set --key k --value v", "set --appCatalogUrl https://contoso.sharepoint.com/sites/a --value v",
        "set --appCatalogUrl https://contoso.sharepoint.com/sites/a --key k", "set --appCatalogUrl nope --key k --value v",
        "remove --key k", "remove --appCatalogUrl https://contoso.sharepoint.com/sites/a"})
    void invalidOptionsAreUsageErrorsAndSendNothing(String args) {
        connectedToTheAdminSite();

        RunResult result = tenant.run(("spo storageentity " + args).split(" "));

        assertEquals(2, result.exitCode(), result::toString);
        o365.stubs().verifyThat(0, anyRequestedFor(anyUrl()));
    }
}
