package org.o365cli.plugins.aad.app;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o365cli.host.http.GraphTestTenant.assertOneLineError;
import static org.o365cli.host.http.GraphTestTenant.withGraphHeaders;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.http.AzureWireMock;
import org.o365cli.host.http.GraphTestTenant;
import org.o365cli.host.http.GraphTestTenant.Failure;

class AppGetCommandTest {

    private static final String APP = "{\"id\":\"obj-1\",\"appId\":\"app-1\",\"displayName\":\"Contoso CRM\"}";
    private static final String BY_APP_ID = "/v1.0/applications?$filter=appId%20eq%20%27app-1%27";

    @RegisterExtension
    static AzureWireMock azure = new AzureWireMock();

    @TempDir
    Path root;

    private CliRunner o365;

    @BeforeEach
    void connect() {
        o365 = GraphTestTenant.connect(azure, root, "aad");
    }

    static Stream<Arguments> lookups() {
        return Stream.of(
                Arguments.of("--id", "obj-1", "/v1.0/applications/obj-1", APP),
                Arguments.of("--appId", "app-1", BY_APP_ID, GraphTestTenant.page(null, APP)));
    }

    @ParameterizedTest
    @MethodSource("lookups")
    void getsTheApplicationByIdOrAppId(String option, String value, String url, String answer) {
        azure.client().register(get(urlEqualTo(url)).willReturn(okJson(answer)));

        Result result = o365.run("aad", "app", "get", option, value);

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("obj-1", result.json().get("id").asText());
        azure.client().verifyThat(1, withGraphHeaders(getRequestedFor(urlEqualTo(url))));
    }

    @Test
    void noMatchIsAnErrorNamingTheAppId() {
        GraphTestTenant.stubPages(azure, BY_APP_ID, 0, 10);

        assertOneLineError(o365.run("aad", "app", "get", "--appId", "app-1"), "No application with appId 'app-1'");
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void apiFailureIsOneLineError(Failure failure) {
        azure.client().register(get(urlMatching("/v1.0/applications.*")).willReturn(failure.response()));

        assertOneLineError(o365.run("aad", "app", "get", "--id", "obj-1"), failure.message());
        assertOneLineError(o365.run("aad", "app", "get", "--appId", "app-1"), failure.message());
    }

    @Test
    void throttledRequestIsRetried() {
        GraphTestTenant.stubThrottledThenOk(azure, () -> get(urlEqualTo("/v1.0/applications/obj-1")), okJson(APP));

        Result result = o365.run("aad", "app", "get", "--id", "obj-1");

        assertEquals(0, result.exitCode(), result::toString);
        azure.client().verifyThat(2, getRequestedFor(urlEqualTo("/v1.0/applications/obj-1")));
    }

    @ParameterizedTest
    @MethodSource("notExactlyOne")
    void exactlyOneOfAppIdAndIdIsRequired(List<String> options) {
        Result result = o365.run(Stream.concat(Stream.of("aad", "app", "get"), options.stream()).toArray(String[]::new));

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("--appId"), result::toString);
        azure.client().verifyThat(0, getRequestedFor(urlMatching("/v1.0/applications.*")));
    }

    static Stream<List<String>> notExactlyOne() {
        return Stream.of(List.of(), List.of("--appId", "a", "--id", "b"));
    }
}
