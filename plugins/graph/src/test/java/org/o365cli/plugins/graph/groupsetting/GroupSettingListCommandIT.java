package org.o365cli.plugins.graph.groupsetting;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.o365cli.testkit.GraphTenant.withGraphHeaders;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.o365cli.testkit.GraphFailure;
import org.o365cli.testkit.GraphTenant;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

class GroupSettingListCommandIT {

    private static final String SETTINGS = "/v1.0/groupSettings";

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    @BeforeEach
    void connect() {
        GraphTenant.connect(o365, "graph");
    }

    @Test
    void noSettingsIsAnEmptyList() {
        GraphTenant.stubPages(o365.stubs(), SETTINGS, 0, 10);

        RunResult result = o365.run("graph", "groupsetting", "list");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("[]", result.json().toString());
        o365.stubs().verifyThat(1, withGraphHeaders(getRequestedFor(urlEqualTo(SETTINGS))));
    }

    @Test
    void settingsOfEveryPageAreListedInJson() {
        GraphTenant.stubPages(o365.stubs(), SETTINGS, 5, 2);

        RunResult result = o365.run("graph", "groupsetting", "list");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("1", "2", "3", "4", "5"), result.json().findValuesAsText("id"));
        o365.stubs().verifyThat(3, withGraphHeaders(getRequestedFor(urlMatching("/v1.0/groupSettings.*"))));
    }

    @Test
    void settingsOfEveryPageAreListedInCsv() {
        GraphTenant.stubPages(o365.stubs(), SETTINGS, 5, 2);

        RunResult result = o365.run("graph", "groupsetting", "list", "-o", "csv");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("id,displayName\n1,Item 1\n2,Item 2\n3,Item 3\n4,Item 4\n5,Item 5\n", result.out());
    }

    @ParameterizedTest
    @EnumSource(GraphFailure.class)
    void apiFailureIsOneLineError(GraphFailure failure) {
        o365.stubs().register(get(urlEqualTo(SETTINGS)).willReturn(failure.response()));

        o365.run("graph", "groupsetting", "list").assertOneLineError(failure.message());
    }

    @Test
    void throttledPageIsRetried() {
        GraphTenant.stubThrottledThenOk(o365.stubs(), () -> get(urlEqualTo(SETTINGS)), okJson(GraphTenant.page(null, "{\"id\":\"1\"}")));

        RunResult result = o365.run("graph", "groupsetting", "list");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("1"), result.json().findValuesAsText("id"));
        o365.stubs().verifyThat(2, getRequestedFor(urlEqualTo(SETTINGS)));
    }
}
