package org.o365cli.plugins.graph.o365group;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.o365cli.host.http.GraphTestTenant.assertOneLineError;
import static org.o365cli.host.http.GraphTestTenant.withGraphHeaders;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.http.AzureWireMock;
import org.o365cli.host.http.GraphTestTenant;
import org.o365cli.host.http.GraphTestTenant.Failure;

class O365GroupGetCommandTest {

    private static final String GROUP = "/v1.0/groups/1caf7dcd-7e83";

    @RegisterExtension
    static AzureWireMock azure = new AzureWireMock();

    @TempDir
    Path root;

    private CliRunner o365;

    @BeforeEach
    void connect() {
        o365 = GraphTestTenant.connect(azure, root, "graph");
    }

    @Test
    void getsTheGroupById() {
        azure.client().register(get(urlEqualTo(GROUP)).willReturn(okJson("{\"id\":\"1caf7dcd-7e83\",\"displayName\":\"Finance\"}")));

        Result result = o365.run("graph", "o365group", "get", "--id", "1caf7dcd-7e83");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("Finance", result.json().get("displayName").asText());
        azure.client().verifyThat(1, withGraphHeaders(getRequestedFor(urlEqualTo(GROUP))));
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void apiFailureIsOneLineError(Failure failure) {
        azure.client().register(get(urlEqualTo(GROUP)).willReturn(failure.response()));

        assertOneLineError(o365.run("graph", "o365group", "get", "--id", "1caf7dcd-7e83"), failure.message());
    }

    @Test
    void throttledRequestIsRetried() {
        GraphTestTenant.stubThrottledThenOk(azure, () -> get(urlEqualTo(GROUP)), okJson("{\"id\":\"1caf7dcd-7e83\"}"));

        Result result = o365.run("graph", "o365group", "get", "--id", "1caf7dcd-7e83");

        assertEquals(0, result.exitCode(), result::toString);
        azure.client().verifyThat(2, getRequestedFor(urlEqualTo(GROUP)));
    }

    @Test
    void idIsRequired() {
        assertEquals(2, o365.run("graph", "o365group", "get").exitCode());
    }
}
