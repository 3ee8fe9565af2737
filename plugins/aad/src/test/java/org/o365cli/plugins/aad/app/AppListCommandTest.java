package org.o365cli.plugins.aad.app;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

class AppListCommandTest {

    private static final String ALL = "/v1.0/applications";

    @RegisterExtension
    static AzureWireMock azure = new AzureWireMock();

    @TempDir
    Path root;

    private CliRunner o365;

    @BeforeEach
    void connect() {
        o365 = GraphTestTenant.connect(azure, root, "aad");
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of(List.of(), ALL),
                Arguments.of(List.of("--filter", "startswith(displayName,'Contoso')", "--properties", "id,appId"),
                        ALL + "?$filter=startswith%28displayName%2C%27Contoso%27%29&$select=id%2CappId"));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void listsApplicationsWithTheGivenFilterAndProperties(List<String> options, String url) {
        GraphTestTenant.stubPages(azure, url, 2, 10);

        Result result = o365.run(Stream.concat(Stream.of("aad", "app", "list"), options.stream()).toArray(String[]::new));

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("1", "2"), result.json().findValuesAsText("id"));
        azure.client().verifyThat(1, withGraphHeaders(getRequestedFor(urlEqualTo(url))));
    }

    @Test
    void noApplicationsIsAnEmptyList() {
        GraphTestTenant.stubPages(azure, ALL, 0, 10);

        Result result = o365.run("aad", "app", "list");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("[]", result.json().toString());
    }

    @Test
    void applicationsOfEveryPageAreListedInJson() {
        GraphTestTenant.stubPages(azure, ALL, 5, 2);

        Result result = o365.run("aad", "app", "list");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("1", "2", "3", "4", "5"), result.json().findValuesAsText("id"));
        azure.client().verifyThat(3, withGraphHeaders(getRequestedFor(urlMatching(ALL + ".*"))));
    }

    @Test
    void applicationsOfEveryPageAreListedInCsv() {
        GraphTestTenant.stubPages(azure, ALL, 5, 2);

        Result result = o365.run("aad", "app", "list", "-o", "csv");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("id,displayName\n1,Item 1\n2,Item 2\n3,Item 3\n4,Item 4\n5,Item 5\n", result.out());
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void apiFailureIsOneLineError(Failure failure) {
        azure.client().register(get(urlEqualTo(ALL)).willReturn(failure.response()));

        assertOneLineError(o365.run("aad", "app", "list"), failure.message());
    }

    @Test
    void throttledPageIsRetried() {
        GraphTestTenant.stubThrottledThenOk(azure, () -> get(urlEqualTo(ALL)), okJson(GraphTestTenant.page(null, "{\"id\":\"1\"}")));

        Result result = o365.run("aad", "app", "list");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("1"), result.json().findValuesAsText("id"));
        azure.client().verifyThat(2, getRequestedFor(urlEqualTo(ALL)));
    }
}
