package org.o365cli.plugins.aad.app;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

class AppListCommandIT {

    private static final String ALL = "/v1.0/applications";

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    @BeforeEach
    void connect() {
        GraphTenant.connect(o365, "aad");
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
        GraphTenant.stubPages(o365.stubs(), url, 2, 10);

        RunResult result = o365.run(Stream.concat(Stream.of("aad", "app", "list"), options.stream()).toArray(String[]::new));

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("1", "2"), result.json().findValuesAsText("id"));
        o365.stubs().verifyThat(1, withGraphHeaders(getRequestedFor(urlEqualTo(url))));
    }

    @Test
    void noApplicationsIsAnEmptyList() {
        GraphTenant.stubPages(o365.stubs(), ALL, 0, 10);

        RunResult result = o365.run("aad", "app", "list");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("[]", result.json().toString());
    }

    @Test
    void applicationsOfEveryPageAreListedInJson() {
        GraphTenant.stubPages(o365.stubs(), ALL, 5, 2);

        RunResult result = o365.run("aad", "app", "list");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("1", "2", "3", "4", "5"), result.json().findValuesAsText("id"));
        o365.stubs().verifyThat(3, withGraphHeaders(getRequestedFor(urlMatching(ALL + ".*"))));
    }

    @Test
    void applicationsOfEveryPageAreListedInCsv() {
        GraphTenant.stubPages(o365.stubs(), ALL, 5, 2);

        RunResult result = o365.run("aad", "app", "list", "-o", "csv");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("id,displayName\n1,Item 1\n2,Item 2\n3,Item 3\n4,Item 4\n5,Item 5\n", result.out());
    }

    @ParameterizedTest
    @EnumSource(GraphFailure.class)
    void apiFailureIsOneLineError(GraphFailure failure) {
        o365.stubs().register(get(urlEqualTo(ALL)).willReturn(failure.response()));

        o365.run("aad", "app", "list").assertOneLineError(failure.message());
    }

    @Test
    void throttledPageIsRetried() {
        GraphTenant.stubThrottledThenOk(o365.stubs(), () -> get(urlEqualTo(ALL)), okJson(GraphTenant.page(null, "{\"id\":\"1\"}")));

        RunResult result = o365.run("aad", "app", "list");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("1"), result.json().findValuesAsText("id"));
        o365.stubs().verifyThat(2, getRequestedFor(urlEqualTo(ALL)));
    }
}
