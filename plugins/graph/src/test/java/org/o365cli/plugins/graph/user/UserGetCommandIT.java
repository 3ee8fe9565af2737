package org.o365cli.plugins.graph.user;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o365cli.testkit.GraphTenant.withGraphHeaders;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.o365cli.testkit.GraphFailure;
import org.o365cli.testkit.GraphTenant;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

class UserGetCommandIT {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    @BeforeEach
    void connect() {
        GraphTenant.connect(o365, "graph");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--id       | 1caf7dcd-7e83 |                     | /v1.0/users/1caf7dcd-7e83",
        "--userName | adele@contoso.com |                 | /v1.0/users/adele%40contoso.com",
        "--userName | ext_x#EXT#@contoso.com |            | /v1.0/users/ext_x%23EXT%23%40contoso.com",
        "--id       | 1caf7dcd-7e83 | displayName,mail    | /v1.0/users/1caf7dcd-7e83?$select=displayName%2Cmail"})
    void getsTheUserByIdOrPrincipalName(String option, String value, String properties, String url) {
        o365.stubs().register(get(urlEqualTo(url)).willReturn(okJson("{\"id\":\"1caf7dcd-7e83\",\"displayName\":\"Adele\"}")));
        List<String> args = new ArrayList<>(List.of("graph", "user", "get", option, value));
        if (properties != null) {
            args.addAll(List.of("--properties", properties));
        }

        RunResult result = o365.run(args.toArray(String[]::new));

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("Adele", result.json().get("displayName").asText());
        o365.stubs().verifyThat(1, withGraphHeaders(getRequestedFor(urlEqualTo(url))));
    }

    @ParameterizedTest
    @EnumSource(GraphFailure.class)
    void apiFailureIsOneLineError(GraphFailure failure) {
        o365.stubs().register(get(urlEqualTo("/v1.0/users/x")).willReturn(failure.response()));

        o365.run("graph", "user", "get", "--id", "x").assertOneLineError(failure.message());
    }

    @Test
    void throttledRequestIsRetried() {
        GraphTenant.stubThrottledThenOk(o365.stubs(), () -> get(urlEqualTo("/v1.0/users/x")), okJson("{\"id\":\"x\"}"));

        RunResult result = o365.run("graph", "user", "get", "--id", "x");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("x", result.json().get("id").asText());
        o365.stubs().verifyThat(2, getRequestedFor(urlEqualTo("/v1.0/users/x")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "--id x --userName y"})
    void exactlyOneOfIdAndUserNameIsRequired(String options) {
        List<String> args = new ArrayList<>(List.of("graph", "user", "get"));
        if (!options.isEmpty()) {
            args.addAll(List.of(options.split(" ")));
        }

        RunResult result = o365.run(args.toArray(String[]::new));

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("--userName"), result::toString);
        o365.stubs().verifyThat(0, getRequestedFor(urlEqualTo("/v1.0/users/x")));
    }

    /** An empty id would address /users itself and list every user; '.' and '..' the same or the parent. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", " ", ".", ".."})
    void anEmptyDotOrDotDotIdIsAUsageError(String id) {
        RunResult result = o365.run("graph", "user", "get", "--id", id);

        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(1, result.err().lines().count(), result::toString);
        assertTrue(result.err().contains("is not a valid id or name: it cannot be empty, '.' or '..'"), result::toString);
        o365.stubs().verifyThat(0, getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/v1.0/users.*")));
    }
}
