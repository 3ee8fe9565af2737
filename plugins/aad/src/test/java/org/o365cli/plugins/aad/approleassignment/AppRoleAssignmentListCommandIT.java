package org.o365cli.plugins.aad.approleassignment;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o365cli.testkit.GraphTenant.withGraphHeaders;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.o365cli.testkit.GraphFailure;
import org.o365cli.testkit.GraphTenant;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

class AppRoleAssignmentListCommandIT {

    private static final String BY_APP_ID = "/v1.0/servicePrincipals?$filter=appId%20eq%20%27app-1%27";
    private static final String BY_NAME = "/v1.0/servicePrincipals?$filter=displayName%20eq%20%27Contoso%20CRM%27";
    private static final String ASSIGNMENTS = "/v1.0/servicePrincipals/sp-1/appRoleAssignments";

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    @BeforeEach
    void connect() {
        GraphTenant.connect(o365, "aad");
    }

    private static void stubServicePrincipal(String url) {
        o365.stubs().register(get(urlEqualTo(url)).willReturn(okJson(GraphTenant.page(null,
                "{\"id\":\"sp-1\",\"appId\":\"app-1\",\"displayName\":\"Contoso CRM\"}"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--appId          | app-1       | " + BY_APP_ID,
        "--appDisplayName | Contoso CRM | " + BY_NAME})
    void listsTheAssignmentsOfTheServicePrincipalFoundByAppIdOrName(String option, String value, String lookup) {
        stubServicePrincipal(lookup);
        GraphTenant.stubPages(o365.stubs(), ASSIGNMENTS, 2, 10);

        RunResult result = o365.run("aad", "approleassignment", "list", option, value);

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("1", "2"), result.json().findValuesAsText("id"));
        o365.stubs().verifyThat(1, withGraphHeaders(getRequestedFor(urlEqualTo(lookup))));
        o365.stubs().verifyThat(1, withGraphHeaders(getRequestedFor(urlEqualTo(ASSIGNMENTS))));
    }

    @Test
    void noAssignmentsIsAnEmptyList() {
        stubServicePrincipal(BY_APP_ID);
        GraphTenant.stubPages(o365.stubs(), ASSIGNMENTS, 0, 10);

        RunResult result = o365.run("aad", "approleassignment", "list", "--appId", "app-1");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("[]", result.json().toString());
    }

    @Test
    void assignmentsOfEveryPageAreListedInJson() {
        stubServicePrincipal(BY_APP_ID);
        GraphTenant.stubPages(o365.stubs(), ASSIGNMENTS, 5, 2);

        RunResult result = o365.run("aad", "approleassignment", "list", "--appId", "app-1");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("1", "2", "3", "4", "5"), result.json().findValuesAsText("id"));
        o365.stubs().verifyThat(3, withGraphHeaders(getRequestedFor(urlMatching(ASSIGNMENTS + ".*"))));
    }

    @Test
    void assignmentsOfEveryPageAreListedInCsv() {
        stubServicePrincipal(BY_APP_ID);
        GraphTenant.stubPages(o365.stubs(), ASSIGNMENTS, 5, 2);

        RunResult result = o365.run("aad", "approleassignment", "list", "--appId", "app-1", "-o", "csv");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("id,displayName\n1,Item 1\n2,Item 2\n3,Item 3\n4,Item 4\n5,Item 5\n", result.out());
    }

    @Test
    void unknownAppIsAnError() {
        GraphTenant.stubPages(o365.stubs(), BY_APP_ID, 0, 10);

        o365.run("aad", "approleassignment", "list", "--appId", "app-1").assertOneLineError("No service principal with appId 'app-1'");
    }

    @Test
    void severalAppsOfThatNameIsAnErrorListingTheirIds() {
        GraphTenant.stubPages(o365.stubs(), BY_NAME, 2, 10);

        o365.run("aad", "approleassignment", "list", "--appDisplayName", "Contoso CRM").assertOneLineError("2 service principals have displayName 'Contoso CRM' (ids 1, 2)");
        o365.stubs().verifyThat(0, getRequestedFor(urlMatching(".*/appRoleAssignments.*")));
    }

    @ParameterizedTest
    @EnumSource(GraphFailure.class)
    void apiFailureIsOneLineError(GraphFailure failure) {
        stubServicePrincipal(BY_APP_ID);
        o365.stubs().register(get(urlEqualTo(ASSIGNMENTS)).willReturn(failure.response()));

        o365.run("aad", "approleassignment", "list", "--appId", "app-1").assertOneLineError(failure.message());
    }

    @Test
    void throttledPageIsRetried() {
        stubServicePrincipal(BY_APP_ID);
        GraphTenant.stubThrottledThenOk(o365.stubs(), () -> get(urlEqualTo(ASSIGNMENTS)), okJson(GraphTenant.page(null, "{\"id\":\"1\"}")));

        RunResult result = o365.run("aad", "approleassignment", "list", "--appId", "app-1");

        assertEquals(0, result.exitCode(), result::toString);
        o365.stubs().verifyThat(2, getRequestedFor(urlEqualTo(ASSIGNMENTS)));
    }

    @ParameterizedTest
    @MethodSource("notExactlyOne")
    void exactlyOneOfAppIdAndAppDisplayNameIsRequired(List<String> options) {
        RunResult result = o365.run(Stream.concat(Stream.of("aad", "approleassignment", "list"), options.stream()).toArray(String[]::new));

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("--appDisplayName"), result::toString);
        o365.stubs().verifyThat(0, getRequestedFor(urlMatching("/v1.0/.*")));
    }

    static Stream<List<String>> notExactlyOne() {
        return Stream.of(List.of(), List.of("--appId", "a", "--appDisplayName", "b"));
    }
}
