package org.o365cli.plugins.graph.o365group;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.o365cli.testkit.GraphTenant.withGraphHeaders;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.o365cli.testkit.GraphFailure;
import org.o365cli.testkit.GraphTenant;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

class O365GroupGetCommandIT {

    private static final String GROUP = "/v1.0/groups/1caf7dcd-7e83";

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    @BeforeEach
    void connect() {
        GraphTenant.connect(o365, "graph");
    }

    @Test
    void getsTheGroupById() {
        o365.stubs().register(get(urlEqualTo(GROUP)).willReturn(okJson("{\"id\":\"1caf7dcd-7e83\",\"displayName\":\"Finance\"}")));

        RunResult result = o365.run("graph", "o365group", "get", "--id", "1caf7dcd-7e83");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("Finance", result.json().get("displayName").asText());
        o365.stubs().verifyThat(1, withGraphHeaders(getRequestedFor(urlEqualTo(GROUP))));
    }

    @ParameterizedTest
    @EnumSource(GraphFailure.class)
    void apiFailureIsOneLineError(GraphFailure failure) {
        o365.stubs().register(get(urlEqualTo(GROUP)).willReturn(failure.response()));

        o365.run("graph", "o365group", "get", "--id", "1caf7dcd-7e83").assertOneLineError(failure.message());
    }

    @Test
    void throttledRequestIsRetried() {
        GraphTenant.stubThrottledThenOk(o365.stubs(), () -> get(urlEqualTo(GROUP)), okJson("{\"id\":\"1caf7dcd-7e83\"}"));

        RunResult result = o365.run("graph", "o365group", "get", "--id", "1caf7dcd-7e83");

        assertEquals(0, result.exitCode(), result::toString);
        o365.stubs().verifyThat(2, getRequestedFor(urlEqualTo(GROUP)));
    }

    @Test
    void idIsRequired() {
        assertEquals(2, o365.run("graph", "o365group", "get").exitCode());
    }
}
