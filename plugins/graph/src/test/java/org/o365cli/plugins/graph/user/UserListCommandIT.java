package org.o365cli.plugins.graph.user;

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

class UserListCommandIT {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    @BeforeEach
    void connect() {
        GraphTenant.connect(o365, "graph");
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of(List.of(), "/v1.0/users"),
                Arguments.of(List.of("--filter", "startswith(displayName,'O''Neil')"),
                        "/v1.0/users?$filter=startswith%28displayName%2C%27O%27%27Neil%27%29"),
                Arguments.of(List.of("--properties", "id,mail"), "/v1.0/users?$select=id%2Cmail"),
                Arguments.of(List.of("--filter", "accountEnabled eq true", "--properties", "id"),
                        "/v1.0/users?$filter=accountEnabled%20eq%20true&$select=id"));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void listsUsersWithTheGivenFilterAndProperties(List<String> options, String url) {
        GraphTenant.stubPages(o365.stubs(), url, 2, 10);

        RunResult result = o365.run(Stream.concat(Stream.of("graph", "user", "list"), options.stream()).toArray(String[]::new));

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("[{\"id\":\"1\",\"displayName\":\"Item 1\"},{\"id\":\"2\",\"displayName\":\"Item 2\"}]",
                result.json().toString());
        o365.stubs().verifyThat(1, withGraphHeaders(getRequestedFor(urlEqualTo(url))));
    }

    @Test
    void noUsersIsAnEmptyList() {
        GraphTenant.stubPages(o365.stubs(), "/v1.0/users", 0, 10);

        RunResult result = o365.run("graph", "user", "list");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("[]", result.json().toString());
    }

    @Test
    void usersOfEveryPageAreListedInJson() {
        GraphTenant.stubPages(o365.stubs(), "/v1.0/users", 5, 2);

        RunResult result = o365.run("graph", "user", "list");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("1", "2", "3", "4", "5"), result.json().findValuesAsText("id"));
        o365.stubs().verifyThat(3, withGraphHeaders(getRequestedFor(urlMatching("/v1.0/users.*"))));
    }

    @Test
    void usersOfEveryPageAreListedInCsv() {
        GraphTenant.stubPages(o365.stubs(), "/v1.0/users", 5, 2);

        RunResult result = o365.run("graph", "user", "list", "-o", "csv");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("id,displayName\n1,Item 1\n2,Item 2\n3,Item 3\n4,Item 4\n5,Item 5\n", result.out());
    }

    @Test
    void textOutputShowsTheDefaultColumns() {
        o365.stubs().register(get(urlEqualTo("/v1.0/users")).willReturn(okJson(GraphTenant.page(null,
                "{\"id\":\"1\",\"displayName\":\"Adele\",\"userPrincipalName\":\"adele@contoso.com\",\"mail\":\"a@c.com\"}"))));

        RunResult result = o365.run("graph", "user", "list", "-o", "text");

        assertEquals(0, result.exitCode(), result::toString);
        List<String> header = List.of(result.out().lines().findFirst().orElseThrow().trim().split("\\s+"));
        assertEquals(List.of("id", "displayName", "userPrincipalName"), header);
    }

    @ParameterizedTest
    @EnumSource(GraphFailure.class)
    void apiFailureIsOneLineError(GraphFailure failure) {
        o365.stubs().register(get(urlEqualTo("/v1.0/users")).willReturn(failure.response()));

        o365.run("graph", "user", "list").assertOneLineError(failure.message());
    }

    @Test
    void throttledPageIsRetried() {
        GraphTenant.stubThrottledThenOk(o365.stubs(), () -> get(urlEqualTo("/v1.0/users")),
                okJson(GraphTenant.page(null, "{\"id\":\"1\"}")));

        RunResult result = o365.run("graph", "user", "list");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("1"), result.json().findValuesAsText("id"));
        o365.stubs().verifyThat(2, getRequestedFor(urlEqualTo("/v1.0/users")));
    }
}
