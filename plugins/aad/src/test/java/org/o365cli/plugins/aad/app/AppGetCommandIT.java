package org.o365cli.plugins.aad.app;

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

class AppGetCommandIT {

    private static final String APP = "{\"id\":\"obj-1\",\"appId\":\"app-1\",\"displayName\":\"Contoso CRM\"}";
    private static final String BY_APP_ID = "/v1.0/applications?$filter=appId%20eq%20%27app-1%27";

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    @BeforeEach
    void connect() {
        GraphTenant.connect(o365, "aad");
    }

    static Stream<Arguments> lookups() {
        return Stream.of(
                Arguments.of("--id", "obj-1", "/v1.0/applications/obj-1", APP),
                Arguments.of("--appId", "app-1", BY_APP_ID, GraphTenant.page(null, APP)));
    }

    @ParameterizedTest
    @MethodSource("lookups")
    void getsTheApplicationByIdOrAppId(String option, String value, String url, String answer) {
        o365.stubs().register(get(urlEqualTo(url)).willReturn(okJson(answer)));

        RunResult result = o365.run("aad", "app", "get", option, value);

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("obj-1", result.json().get("id").asText());
        o365.stubs().verifyThat(1, withGraphHeaders(getRequestedFor(urlEqualTo(url))));
    }

    @Test
    void noMatchIsAnErrorNamingTheAppId() {
        GraphTenant.stubPages(o365.stubs(), BY_APP_ID, 0, 10);

        o365.run("aad", "app", "get", "--appId", "app-1").assertOneLineError("No application with appId 'app-1'");
    }

    @ParameterizedTest
    @EnumSource(GraphFailure.class)
    void apiFailureIsOneLineError(GraphFailure failure) {
        o365.stubs().register(get(urlMatching("/v1.0/applications.*")).willReturn(failure.response()));

        o365.run("aad", "app", "get", "--id", "obj-1").assertOneLineError(failure.message());
        o365.run("aad", "app", "get", "--appId", "app-1").assertOneLineError(failure.message());
    }

    @Test
    void throttledRequestIsRetried() {
        GraphTenant.stubThrottledThenOk(o365.stubs(), () -> get(urlEqualTo("/v1.0/applications/obj-1")), okJson(APP));

        RunResult result = o365.run("aad", "app", "get", "--id", "obj-1");

        assertEquals(0, result.exitCode(), result::toString);
        o365.stubs().verifyThat(2, getRequestedFor(urlEqualTo("/v1.0/applications/obj-1")));
    }

    @ParameterizedTest
    @MethodSource("notExactlyOne")
    void exactlyOneOfAppIdAndIdIsRequired(List<String> options) {
        RunResult result = o365.run(Stream.concat(Stream.of("aad", "app", "get"), options.stream()).toArray(String[]::new));

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("--appId"), result::toString);
        o365.stubs().verifyThat(0, getRequestedFor(urlMatching("/v1.0/applications.*")));
    }

    static Stream<List<String>> notExactlyOne() {
        return Stream.of(List.of(), List.of("--appId", "a", "--id", "b"));
    }
}
