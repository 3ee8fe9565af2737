package org.o365cli.plugins.graph.o365group;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.o365cli.testkit.GraphTenant.withGraphHeaders;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.testkit.GraphFailure;
import org.o365cli.testkit.GraphTenant;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

class O365GroupAddCommandIT {

    private static final String CREATED = "{\"id\":\"new-id\",\"displayName\":\"Finance\",\"mailNickname\":\"finance\"}";

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    @BeforeEach
    void connect() {
        GraphTenant.connect(o365, "graph");
    }

    static Stream<Arguments> groups() {
        return Stream.of(
                Arguments.of(List.of(), """
                        {"displayName":"Finance","groupTypes":["Unified"],"mailEnabled":true,"securityEnabled":false,
                         "mailNickname":"finance","visibility":"Public"}"""),
                Arguments.of(List.of("--description", "Money matters", "--owners", "o1,o2", "--members", "m1", "--isPrivate"), """
                        {"displayName":"Finance","description":"Money matters","groupTypes":["Unified"],"mailEnabled":true,
                         "securityEnabled":false,"mailNickname":"finance","visibility":"Private",
                         "owners@odata.bind":["https://graph.microsoft.com/v1.0/users/o1","https://graph.microsoft.com/v1.0/users/o2"],
                         "members@odata.bind":["https://graph.microsoft.com/v1.0/users/m1"]}"""));
    }

    @ParameterizedTest
    @MethodSource("groups")
    void createsTheGroupWithOnlyTheGivenFieldsAndReturnsIt(List<String> options, String body) {
        o365.stubs().register(post(urlEqualTo("/v1.0/groups"))
                .willReturn(WireMock.aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(CREATED)));

        RunResult result = o365.run(Stream.concat(Stream.of("graph", "o365group", "add", "--displayName", "Finance",
                "--mailNickname", "finance"), options.stream()).toArray(String[]::new));

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("new-id", result.json().get("id").asText());
        o365.stubs().verifyThat(1, withGraphHeaders(postRequestedFor(urlEqualTo("/v1.0/groups")))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(body)));
    }

    @ParameterizedTest
    @EnumSource(GraphFailure.class)
    void apiFailureIsOneLineError(GraphFailure failure) {
        o365.stubs().register(post(urlEqualTo("/v1.0/groups")).willReturn(failure.response()));

        o365.run("graph", "o365group", "add", "--displayName", "Finance", "--mailNickname", "finance").assertOneLineError(failure.message());
    }

    @Test
    void throttledCreationIsRetried() {
        GraphTenant.stubThrottledThenOk(o365.stubs(), () -> post(urlEqualTo("/v1.0/groups")), okJson(CREATED));

        RunResult result = o365.run("graph", "o365group", "add", "--displayName", "Finance", "--mailNickname", "finance");

        assertEquals(0, result.exitCode(), result::toString);
        o365.stubs().verifyThat(2, postRequestedFor(urlEqualTo("/v1.0/groups")));
    }

    /** Graph may have created the group behind a 504: sending the POST again could create a second one. */
    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void aCreationAnsweredWithAServerErrorIsSentOnceAndTheErrorSaysToCheck(int status) {
        o365.stubs().register(post(urlEqualTo("/v1.0/groups")).willReturn(WireMock.aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"UnknownError\",\"message\":\"\"}}")));

        RunResult result = o365.run("graph", "o365group", "add", "--displayName", "Finance", "--mailNickname", "finance");

        result.assertOneLineError("the POST was not sent again as the server may have acted on it; check whether it took effect");
        o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo("/v1.0/groups")));
    }

    @ParameterizedTest
    @MethodSource("incomplete")
    void displayNameAndMailNicknameAreRequired(List<String> options) {
        RunResult result = o365.run(Stream.concat(Stream.of("graph", "o365group", "add"), options.stream()).toArray(String[]::new));

        assertEquals(2, result.exitCode(), result::toString);
        o365.stubs().verifyThat(0, postRequestedFor(urlEqualTo("/v1.0/groups")));
    }

    static Stream<List<String>> incomplete() {
        return Stream.of(List.of("--displayName", "Finance"), List.of("--mailNickname", "finance"));
    }
}
