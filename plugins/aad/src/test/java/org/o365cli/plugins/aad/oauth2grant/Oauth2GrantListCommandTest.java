package org.o365cli.plugins.aad.oauth2grant;

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

class Oauth2GrantListCommandTest {

    private static final String GRANTS = "/v1.0/oauth2PermissionGrants?$filter=clientId%20eq%20%27sp-1%27";

    @RegisterExtension
    static AzureWireMock azure = new AzureWireMock();

    @TempDir
    Path root;

    private CliRunner o365;

    @BeforeEach
    void connect() {
        o365 = GraphTestTenant.connect(azure, root, "aad");
    }

    @Test
    void listsTheGrantsOfTheServicePrincipal() {
        azure.client().register(get(urlEqualTo(GRANTS)).willReturn(okJson(GraphTestTenant.page(null,
                "{\"id\":\"g1\",\"clientId\":\"sp-1\",\"consentType\":\"AllPrincipals\",\"scope\":\"User.Read\"}"))));

        Result result = o365.run("aad", "oauth2grant", "list", "--spObjectId", "sp-1");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("User.Read", result.json().get(0).get("scope").asText());
        azure.client().verifyThat(1, withGraphHeaders(getRequestedFor(urlEqualTo(GRANTS))));
    }

    @Test
    void quotesInTheIdAreDoubled() {
        String url = "/v1.0/oauth2PermissionGrants?$filter=clientId%20eq%20%27a%27%27b%27";
        GraphTestTenant.stubPages(azure, url, 1, 10);

        Result result = o365.run("aad", "oauth2grant", "list", "--spObjectId", "a'b");

        assertEquals(0, result.exitCode(), result::toString);
        azure.client().verifyThat(1, getRequestedFor(urlEqualTo(url)));
    }

    @Test
    void noGrantsIsAnEmptyList() {
        GraphTestTenant.stubPages(azure, GRANTS, 0, 10);

        Result result = o365.run("aad", "oauth2grant", "list", "--spObjectId", "sp-1");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("[]", result.json().toString());
    }

    @Test
    void grantsOfEveryPageAreListedInJson() {
        GraphTestTenant.stubPages(azure, GRANTS, 5, 2);

        Result result = o365.run("aad", "oauth2grant", "list", "--spObjectId", "sp-1");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("1", "2", "3", "4", "5"), result.json().findValuesAsText("id"));
        azure.client().verifyThat(3, withGraphHeaders(getRequestedFor(urlMatching("/v1.0/oauth2PermissionGrants.*"))));
    }

    @Test
    void grantsOfEveryPageAreListedInCsv() {
        GraphTestTenant.stubPages(azure, GRANTS, 5, 2);

        Result result = o365.run("aad", "oauth2grant", "list", "--spObjectId", "sp-1", "-o", "csv");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("id,displayName\n1,Item 1\n2,Item 2\n3,Item 3\n4,Item 4\n5,Item 5\n", result.out());
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void apiFailureIsOneLineError(Failure failure) {
        azure.client().register(get(urlEqualTo(GRANTS)).willReturn(failure.response()));

        assertOneLineError(o365.run("aad", "oauth2grant", "list", "--spObjectId", "sp-1"), failure.message());
    }

    @Test
    void throttledPageIsRetried() {
        GraphTestTenant.stubThrottledThenOk(azure, () -> get(urlEqualTo(GRANTS)), okJson(GraphTestTenant.page(null, "{\"id\":\"1\"}")));

        Result result = o365.run("aad", "oauth2grant", "list", "--spObjectId", "sp-1");

        assertEquals(0, result.exitCode(), result::toString);
        azure.client().verifyThat(2, getRequestedFor(urlEqualTo(GRANTS)));
    }

    @Test
    void spObjectIdIsRequired() {
        assertEquals(2, o365.run("aad", "oauth2grant", "list").exitCode());
    }
}
