package org.o365cli.plugins.spo.site;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.plugins.spo.SpoTenant;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

/** {@code spo site get} and {@code spo web get}: a GET on the given site with that site's token. */
class SiteGetCommandIT {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    private static final String URL = "https://contoso.sharepoint.com/sites/team";

    private SpoTenant tenant;

    @BeforeEach
    void connect() {
        tenant = new SpoTenant(o365);
        tenant.connectToAdminSite();
    }

    @ParameterizedTest
    @ValueSource(strings = {"site", "web"})
    void getReadsTheSitesPropertiesWithTheSitesToken(String noun) {
        o365.stubs().register(get(urlEqualTo("/sites/team/_api/" + noun)).withHost(equalTo(SpoTenant.ROOT_HOST))
                .willReturn(okJson("{\"Id\":\"a1\",\"Url\":\"" + URL + "\"}")));

        RunResult result = tenant.run("spo", noun, "get", "--url", URL + "/");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("a1", result.json().get("Id").asText());
        o365.stubs().verifyThat(1, getRequestedFor(urlEqualTo("/sites/team/_api/" + noun)).withHost(equalTo(SpoTenant.ROOT_HOST))
                .withHeader("Accept", equalTo("application/json;odata=nometadata"))
                .withHeader("Authorization", equalTo("Bearer " + SpoTenant.ROOT_TOKEN)));
        assertEquals(SpoTenant.ADMIN, tenant.run("spo", "status").json().get("resource").asText());
    }

    static Stream<Arguments> failures() {
        ResponseDefinitionBuilder notFound = SpoTenant.fileNotFound();
        ResponseDefinitionBuilder html = aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html/>");
        return Stream.of("site", "web").flatMap(noun -> Stream.of(
                Arguments.of(noun, notFound, "File Not Found."),
                Arguments.of(noun, SpoTenant.accessDenied(), "Access denied."),
                Arguments.of(noun, html, "HTML page instead of JSON")));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void failureIsOneLine(String noun, ResponseDefinitionBuilder answer, String expected) {
        o365.stubs().register(get(urlEqualTo("/sites/team/_api/" + noun)).willReturn(answer));

        RunResult result = tenant.run("spo", noun, "get", "--url", URL);

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains(expected), result::toString);
        assertEquals(1, result.err().trim().lines().count(), result::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"site", "web"})
    void throttledGetIsRetried(String noun) {
        o365.stubs().register(get(urlEqualTo("/sites/team/_api/" + noun)).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        o365.stubs().register(get(urlEqualTo("/sites/team/_api/" + noun)).inScenario("t").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"Id\":\"a1\"}")));

        RunResult result = tenant.run("spo", noun, "get", "--url", URL);

        assertEquals(0, result.exitCode(), result::toString);
        o365.stubs().verifyThat(2, getRequestedFor(urlEqualTo("/sites/team/_api/" + noun)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"site get", "web get", "site get --url contoso", "web get --url http://contoso.sharepoint.com"})
    void invalidOptionsAreUsageErrorsAndSendNothing(String args) {
        o365.stubs().resetRequests();

        RunResult result = tenant.run(("spo " + args).split(" "));

        assertEquals(2, result.exitCode(), result::toString);
        o365.stubs().verifyThat(0, anyRequestedFor(anyUrl()));
    }
}
