package org.o365cli.plugins.graph.o365group;

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

class O365GroupListCommandTest {

    private static final String UNIFIED = "/v1.0/groups?$filter=groupTypes%2Fany%28c%3Ac%20eq%20%27Unified%27%29";

    @RegisterExtension
    static AzureWireMock azure = new AzureWireMock();

    @TempDir
    Path root;

    private CliRunner o365;

    @BeforeEach
    void connect() {
        o365 = GraphTestTenant.connect(azure, root, "graph");
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of(List.of(), UNIFIED),
                Arguments.of(List.of("--displayName", "O'Brien team"),
                        UNIFIED + "%20and%20startswith%28displayName%2C%27O%27%27Brien%20team%27%29"));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void listsUnifiedGroupsWhoseNameStartsWithTheGivenText(List<String> options, String url) {
        GraphTestTenant.stubPages(azure, url, 2, 10);

        Result result = o365.run(Stream.concat(Stream.of("graph", "o365group", "list"), options.stream()).toArray(String[]::new));

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("1", "2"), result.json().findValuesAsText("id"));
        azure.client().verifyThat(1, withGraphHeaders(getRequestedFor(urlEqualTo(url))));
    }

    @Test
    void noGroupsIsAnEmptyList() {
        GraphTestTenant.stubPages(azure, UNIFIED, 0, 10);

        Result result = o365.run("graph", "o365group", "list");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("[]", result.json().toString());
    }

    @Test
    void groupsOfEveryPageAreListedInJson() {
        GraphTestTenant.stubPages(azure, UNIFIED, 5, 2);

        Result result = o365.run("graph", "o365group", "list");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("1", "2", "3", "4", "5"), result.json().findValuesAsText("id"));
        azure.client().verifyThat(3, withGraphHeaders(getRequestedFor(urlMatching("/v1.0/groups.*"))));
    }

    @Test
    void groupsOfEveryPageAreListedInCsv() {
        GraphTestTenant.stubPages(azure, UNIFIED, 5, 2);

        Result result = o365.run("graph", "o365group", "list", "-o", "csv");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("id,displayName\n1,Item 1\n2,Item 2\n3,Item 3\n4,Item 4\n5,Item 5\n", result.out());
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void apiFailureIsOneLineError(Failure failure) {
        azure.client().register(get(urlEqualTo(UNIFIED)).willReturn(failure.response()));

        assertOneLineError(o365.run("graph", "o365group", "list"), failure.message());
    }

    @Test
    void throttledPageIsRetried() {
        GraphTestTenant.stubThrottledThenOk(azure, () -> get(urlEqualTo(UNIFIED)), okJson(GraphTestTenant.page(null, "{\"id\":\"1\"}")));

        Result result = o365.run("graph", "o365group", "list");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("1"), result.json().findValuesAsText("id"));
        azure.client().verifyThat(2, getRequestedFor(urlEqualTo(UNIFIED)));
    }
}
