package org.o365cli.plugins.aad.sp;

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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.o365cli.testkit.GraphFailure;
import org.o365cli.testkit.GraphTenant;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

class SpGetCommandIT {

    private static final String SP = "{\"id\":\"sp-1\",\"appId\":\"app-1\",\"displayName\":\"O'Reilly app\"}";
    private static final String BY_APP_ID = "/v1.0/servicePrincipals?$filter=appId%20eq%20%27app-1%27";
    private static final String BY_NAME = "/v1.0/servicePrincipals?$filter=displayName%20eq%20%27O%27%27Reilly%20app%27";

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    @BeforeEach
    void connect() {
        GraphTenant.connect(o365, "aad");
    }

    static Stream<Arguments> lookups() {
        return Stream.of(
                Arguments.of("--id", "sp-1", "/v1.0/servicePrincipals/sp-1", SP),
                Arguments.of("--appId", "app-1", BY_APP_ID, GraphTenant.page(null, SP)),
                Arguments.of("--displayName", "O'Reilly app", BY_NAME, GraphTenant.page(null, SP)));
    }

    @ParameterizedTest
    @MethodSource("lookups")
    void getsTheServicePrincipalByIdAppIdOrDisplayName(String option, String value, String url, String answer) {
        o365.stubs().register(get(urlEqualTo(url)).willReturn(okJson(answer)));

        RunResult result = o365.run("aad", "sp", "get", option, value);

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("sp-1", result.json().get("id").asText());
        assertEquals("app-1", result.json().get("appId").asText());
        o365.stubs().verifyThat(1, withGraphHeaders(getRequestedFor(urlEqualTo(url))));
    }

    @Test
    void noMatchIsAnErrorNamingTheValue() {
        GraphTenant.stubPages(o365.stubs(), BY_APP_ID, 0, 10);

        o365.run("aad", "sp", "get", "--appId", "app-1").assertOneLineError("No service principal with appId 'app-1'");
    }

    @Test
    void severalMatchesIsAnErrorListingTheirIds() {
        GraphTenant.stubPages(o365.stubs(), BY_NAME, 3, 2);

        o365.run("aad", "sp", "get", "--displayName", "O'Reilly app").assertOneLineError("3 service principals have displayName 'O'Reilly app' (ids 1, 2, 3)");
    }

    @ParameterizedTest
    @EnumSource(GraphFailure.class)
    void apiFailureIsOneLineError(GraphFailure failure) {
        o365.stubs().register(get(urlMatching("/v1.0/servicePrincipals.*")).willReturn(failure.response()));

        o365.run("aad", "sp", "get", "--id", "sp-1").assertOneLineError(failure.message());
        o365.run("aad", "sp", "get", "--appId", "app-1").assertOneLineError(failure.message());
    }

    @Test
    void throttledLookupIsRetried() {
        GraphTenant.stubThrottledThenOk(o365.stubs(), () -> get(urlEqualTo(BY_APP_ID)), okJson(GraphTenant.page(null, SP)));

        RunResult result = o365.run("aad", "sp", "get", "--appId", "app-1");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("sp-1", result.json().get("id").asText());
        o365.stubs().verifyThat(2, getRequestedFor(urlEqualTo(BY_APP_ID)));
    }

    @ParameterizedTest
    @MethodSource("notExactlyOne")
    void exactlyOneOfAppIdDisplayNameAndIdIsRequired(List<String> options) {
        RunResult result = o365.run(Stream.concat(Stream.of("aad", "sp", "get"), options.stream()).toArray(String[]::new));

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains(options.isEmpty() ? "--appId" : options.get(0)), result::toString);
        o365.stubs().verifyThat(0, getRequestedFor(urlMatching("/v1.0/servicePrincipals.*")));
    }

    static Stream<List<String>> notExactlyOne() {
        return Stream.of(List.of(), List.of("--appId", "a", "--id", "b"), List.of("--appId", "a", "--displayName", "b"),
                List.of("--displayName", "a", "--id", "b"));
    }
}
