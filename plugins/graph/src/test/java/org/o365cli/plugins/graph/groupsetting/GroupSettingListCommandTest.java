package org.o365cli.plugins.graph.groupsetting;

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

class GroupSettingListCommandTest {

    private static final String SETTINGS = "/v1.0/groupSettings";

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
    void noSettingsIsAnEmptyList() {
        GraphTestTenant.stubPages(azure, SETTINGS, 0, 10);

        Result result = o365.run("graph", "groupsetting", "list");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("[]", result.json().toString());
        azure.client().verifyThat(1, withGraphHeaders(getRequestedFor(urlEqualTo(SETTINGS))));
    }

    @Test
    void settingsOfEveryPageAreListedInJson() {
        GraphTestTenant.stubPages(azure, SETTINGS, 5, 2);

        Result result = o365.run("graph", "groupsetting", "list");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("1", "2", "3", "4", "5"), result.json().findValuesAsText("id"));
        azure.client().verifyThat(3, withGraphHeaders(getRequestedFor(urlMatching("/v1.0/groupSettings.*"))));
    }

    @Test
    void settingsOfEveryPageAreListedInCsv() {
        GraphTestTenant.stubPages(azure, SETTINGS, 5, 2);

        Result result = o365.run("graph", "groupsetting", "list", "-o", "csv");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("id,displayName\n1,Item 1\n2,Item 2\n3,Item 3\n4,Item 4\n5,Item 5\n", result.out());
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void apiFailureIsOneLineError(Failure failure) {
        azure.client().register(get(urlEqualTo(SETTINGS)).willReturn(failure.response()));

        assertOneLineError(o365.run("graph", "groupsetting", "list"), failure.message());
    }

    @Test
    void throttledPageIsRetried() {
        GraphTestTenant.stubThrottledThenOk(azure, () -> get(urlEqualTo(SETTINGS)), okJson(GraphTestTenant.page(null, "{\"id\":\"1\"}")));

        Result result = o365.run("graph", "groupsetting", "list");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("1"), result.json().findValuesAsText("id"));
        azure.client().verifyThat(2, getRequestedFor(urlEqualTo(SETTINGS)));
    }
}
