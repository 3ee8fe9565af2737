package org.o365cli.plugins.spo.storageentity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.o365cli.plugins.spo.SpoTenant;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

/** {@code spo storageentity list} and {@code get}: reads on the app catalog site, with its own token. */
class StorageEntityListCommandIT {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    private static final String CATALOG = "https://contoso.sharepoint.com/sites/appcatalog";
    private static final String LIST_PATH = "/sites/appcatalog/_api/web/AllProperties?$select=storageentitiesindex";
    private static final String GET_PATH = "/sites/appcatalog/_api/web/GetStorageEntity('AnalyticsId')";

    private SpoTenant tenant;

    @BeforeEach
    void connect() {
        tenant = new SpoTenant(o365);
        tenant.connectToAdminSite();
    }

    @Test
    void listReadsTheIndexOfTheAppCatalogWithTheCatalogsToken() throws IOException {
        o365.stubs().register(get(urlEqualTo(LIST_PATH)).withHost(equalTo(SpoTenant.ROOT_HOST)).willReturn(okJson(fixture("allproperties.json"))));

        RunResult result = tenant.run("spo", "storageentity", "list", "--appCatalogUrl", CATALOG);

        assertEquals(0, result.exitCode(), result::toString);
        JsonNode first = result.json().get(0);
        assertEquals("AnalyticsId", first.get("Key").asText());
        assertEquals("123", first.get("Value").asText());
        assertEquals("Web analytics ID", first.get("Description").asText());
        assertEquals("Used by the extension", first.get("Comment").asText());
        assertEquals("Other", result.json().get(1).get("Key").asText());
        o365.stubs().verifyThat(1, getRequestedFor(urlEqualTo(LIST_PATH)).withHost(equalTo(SpoTenant.ROOT_HOST))
                .withHeader("Accept", equalTo("application/json;odata=nometadata"))
                .withHeader("Authorization", equalTo("Bearer " + SpoTenant.ROOT_TOKEN)));
    }

    @Test
    void catalogWithoutPropertiesListsNothing() {
        o365.stubs().register(get(urlEqualTo(LIST_PATH)).willReturn(okJson("{}")));

        RunResult result = tenant.run("spo", "storageentity", "list", "--appCatalogUrl", CATALOG);

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(0, result.json().size());
    }

    @Test
    void getReturnsTheEntity() {
        o365.stubs().register(get(urlEqualTo(GET_PATH)).withHost(equalTo(SpoTenant.ROOT_HOST))
                .willReturn(okJson("{\"Comment\":\"c\",\"Description\":\"d\",\"Value\":\"123\"}")));

        RunResult result = tenant.run("spo", "storageentity", "get", "--appCatalogUrl", CATALOG, "--key", "AnalyticsId");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("{\"Key\":\"AnalyticsId\",\"Value\":\"123\",\"Description\":\"d\",\"Comment\":\"c\"}",
                result.json().toString());
        o365.stubs().verifyThat(getRequestedFor(urlEqualTo(GET_PATH))
                .withHeader("Authorization", equalTo("Bearer " + SpoTenant.ROOT_TOKEN)));
    }

    @Test
    void getWithoutAnAppCatalogReadsFromTheTenantsRootSite() {
        o365.stubs().register(get(urlEqualTo("/_api/web/GetStorageEntity('AnalyticsId')")).withHost(equalTo(SpoTenant.ROOT_HOST))
                .willReturn(okJson("{\"Comment\":null,\"Description\":null,\"Value\":\"123\"}")));

        RunResult result = tenant.run("spo", "storageentity", "get", "--key", "AnalyticsId");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("{\"Key\":\"AnalyticsId\",\"Value\":\"123\",\"Description\":null,\"Comment\":null}", result.json().toString());
        o365.stubs().verifyThat(1, getRequestedFor(urlEqualTo("/_api/web/GetStorageEntity('AnalyticsId')"))
                .withHost(equalTo(SpoTenant.ROOT_HOST))
                .withHeader("Accept", equalTo("application/json;odata=nometadata"))
                .withHeader("Authorization", equalTo("Bearer " + SpoTenant.ROOT_TOKEN)));
    }

    @Test
    void getQuotesAndEncodesTheKey() {
        o365.stubs().register(get(urlEqualTo("/sites/appcatalog/_api/web/GetStorageEntity('it''s%20a%2Fb%3Fc%23d')"))
                .willReturn(okJson("{\"Comment\":null,\"Description\":null,\"Value\":\"v\"}")));

        RunResult result = tenant.run("spo", "storageentity", "get", "--appCatalogUrl", CATALOG, "--key", "it's a/b?c#d");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("it's a/b?c#d", result.json().get("Key").asText());
    }

    @Test
    void getOfAMissingKeySaysNotFound() {
        o365.stubs().register(get(urlEqualTo(GET_PATH)).willReturn(okJson("{\"Comment\":null,\"Description\":null,\"Value\":null}")));

        RunResult result = tenant.run("spo", "storageentity", "get", "--appCatalogUrl", CATALOG, "--key", "AnalyticsId");

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("", result.out());
        assertEquals("Error: Storage entity 'AnalyticsId' not found in the tenant (read from " + CATALOG + "); list the keys with"
                + " o365 spo storageentity list --appCatalogUrl <app catalog>", result.err().trim());
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(SpoTenant.accessDenied(), "Access denied."),
                Arguments.of(SpoTenant.fileNotFound(), "File Not Found. [-2147024894, System.IO.FileNotFoundException]"),
                Arguments.of(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>Sign in</html>"),
                        "HTML page instead of JSON"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void listAndGetFailuresAreOneLine(ResponseDefinitionBuilder answer, String expected) {
        o365.stubs().register(get(urlEqualTo(LIST_PATH)).willReturn(answer));
        o365.stubs().register(get(urlEqualTo(GET_PATH)).willReturn(answer));

        for (RunResult result : new RunResult[] {
            tenant.run("spo", "storageentity", "list", "--appCatalogUrl", CATALOG),
            tenant.run("spo", "storageentity", "get", "--appCatalogUrl", CATALOG, "--key", "AnalyticsId")}) {
            assertEquals(1, result.exitCode(), result::toString);
            assertTrue(result.err().contains(expected), result::toString);
            assertEquals(1, result.err().trim().lines().count(), result::toString);
        }
    }

    @Test
    void throttledListIsRetried() throws IOException {
        o365.stubs().register(get(urlEqualTo(LIST_PATH)).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        o365.stubs().register(get(urlEqualTo(LIST_PATH)).inScenario("t").whenScenarioStateIs("ok")
                .willReturn(okJson(fixture("allproperties.json"))));

        RunResult result = tenant.run("spo", "storageentity", "list", "--appCatalogUrl", CATALOG);

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(2, result.json().size());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"list", "get", "get --appCatalogUrl " + CATALOG,
        "list --appCatalogUrl not-a-url", "get --appCatalogUrl ftp://contoso.sharepoint.com --key k"})
    void invalidOptionsAreUsageErrors(String args) {
        RunResult result = tenant.run(("spo storageentity " + args).split(" "));

        assertEquals(2, result.exitCode(), result::toString);
    }

    private static String fixture(String name) throws IOException {
        try (var in = StorageEntityListCommandIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
