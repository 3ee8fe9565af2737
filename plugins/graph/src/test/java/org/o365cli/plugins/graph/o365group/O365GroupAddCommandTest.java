package org.o365cli.plugins.graph.o365group;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.o365cli.host.http.GraphTestTenant.assertOneLineError;
import static org.o365cli.host.http.GraphTestTenant.withGraphHeaders;

import com.github.tomakehurst.wiremock.client.WireMock;
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
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.http.AzureWireMock;
import org.o365cli.host.http.GraphTestTenant;
import org.o365cli.host.http.GraphTestTenant.Failure;

class O365GroupAddCommandTest {

    private static final String CREATED = "{\"id\":\"new-id\",\"displayName\":\"Finance\",\"mailNickname\":\"finance\"}";

    @RegisterExtension
    static AzureWireMock azure = new AzureWireMock();

    @TempDir
    Path root;

    private CliRunner o365;

    @BeforeEach
    void connect() {
        o365 = GraphTestTenant.connect(azure, root, "graph");
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
        azure.client().register(post(urlEqualTo("/v1.0/groups"))
                .willReturn(WireMock.aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(CREATED)));

        Result result = o365.run(Stream.concat(Stream.of("graph", "o365group", "add", "--displayName", "Finance",
                "--mailNickname", "finance"), options.stream()).toArray(String[]::new));

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("new-id", result.json().get("id").asText());
        azure.client().verifyThat(1, withGraphHeaders(postRequestedFor(urlEqualTo("/v1.0/groups")))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(body)));
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void apiFailureIsOneLineError(Failure failure) {
        azure.client().register(post(urlEqualTo("/v1.0/groups")).willReturn(failure.response()));

        assertOneLineError(o365.run("graph", "o365group", "add", "--displayName", "Finance", "--mailNickname", "finance"),
                failure.message());
    }

    @Test
    void throttledCreationIsRetried() {
        GraphTestTenant.stubThrottledThenOk(azure, () -> post(urlEqualTo("/v1.0/groups")), okJson(CREATED));

        Result result = o365.run("graph", "o365group", "add", "--displayName", "Finance", "--mailNickname", "finance");

        assertEquals(0, result.exitCode(), result::toString);
        azure.client().verifyThat(2, postRequestedFor(urlEqualTo("/v1.0/groups")));
    }

    /** Graph may have created the group behind a 504: sending the POST again could create a second one. */
    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void aCreationAnsweredWithAServerErrorIsSentOnceAndTheErrorSaysToCheck(int status) {
        azure.client().register(post(urlEqualTo("/v1.0/groups")).willReturn(WireMock.aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"UnknownError\",\"message\":\"\"}}")));

        Result result = o365.run("graph", "o365group", "add", "--displayName", "Finance", "--mailNickname", "finance");

        assertOneLineError(result, "the POST was not sent again as the server may have acted on it; check whether it took effect");
        azure.client().verifyThat(1, postRequestedFor(urlEqualTo("/v1.0/groups")));
    }

    @ParameterizedTest
    @MethodSource("incomplete")
    void displayNameAndMailNicknameAreRequired(List<String> options) {
        Result result = o365.run(Stream.concat(Stream.of("graph", "o365group", "add"), options.stream()).toArray(String[]::new));

        assertEquals(2, result.exitCode(), result::toString);
        azure.client().verifyThat(0, postRequestedFor(urlEqualTo("/v1.0/groups")));
    }

    static Stream<List<String>> incomplete() {
        return Stream.of(List.of("--displayName", "Finance"), List.of("--mailNickname", "finance"));
    }
}
