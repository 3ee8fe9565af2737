package org.o365cli.plugins.aad.oauth2grant;

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

class Oauth2GrantListCommandIT {

    private static final String GRANTS = "/v1.0/oauth2PermissionGrants?$filter=clientId%20eq%20%27sp-1%27";

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    @BeforeEach
    void connect() {
        GraphTenant.connect(o365, "aad");
    }

    @Test
    void listsTheGrantsOfTheServicePrincipal() {
        o365.stubs().register(get(urlEqualTo(GRANTS)).willReturn(okJson(GraphTenant.page(null,
                "{\"id\":\"g1\",\"clientId\":\"sp-1\",\"consentType\":\"AllPrincipals\",\"scope\":\"User.Read\"}"))));

        RunResult result = o365.run("aad", "oauth2grant", "list", "--spObjectId", "sp-1");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("User.Read", result.json().get(0).get("scope").asText());
        o365.stubs().verifyThat(1, withGraphHeaders(getRequestedFor(urlEqualTo(GRANTS))));
    }

    @Test
    void quotesInTheIdAreDoubled() {
        String url = "/v1.0/oauth2PermissionGrants?$filter=clientId%20eq%20%27a%27%27b%27";
        GraphTenant.stubPages(o365.stubs(), url, 1, 10);

        RunResult result = o365.run("aad", "oauth2grant", "list", "--spObjectId", "a'b");

        assertEquals(0, result.exitCode(), result::toString);
        o365.stubs().verifyThat(1, getRequestedFor(urlEqualTo(url)));
    }

    @Test
    void noGrantsIsAnEmptyList() {
        GraphTenant.stubPages(o365.stubs(), GRANTS, 0, 10);

        RunResult result = o365.run("aad", "oauth2grant", "list", "--spObjectId", "sp-1");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("[]", result.json().toString());
    }

    @Test
    void grantsOfEveryPageAreListedInJson() {
        GraphTenant.stubPages(o365.stubs(), GRANTS, 5, 2);

        RunResult result = o365.run("aad", "oauth2grant", "list", "--spObjectId", "sp-1");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("1", "2", "3", "4", "5"), result.json().findValuesAsText("id"));
        o365.stubs().verifyThat(3, withGraphHeaders(getRequestedFor(urlMatching("/v1.0/oauth2PermissionGrants.*"))));
    }

    @Test
    void grantsOfEveryPageAreListedInCsv() {
        GraphTenant.stubPages(o365.stubs(), GRANTS, 5, 2);

        RunResult result = o365.run("aad", "oauth2grant", "list", "--spObjectId", "sp-1", "-o", "csv");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("id,displayName\n1,Item 1\n2,Item 2\n3,Item 3\n4,Item 4\n5,Item 5\n", result.out());
    }

    @ParameterizedTest
    @EnumSource(GraphFailure.class)
    void apiFailureIsOneLineError(GraphFailure failure) {
        o365.stubs().register(get(urlEqualTo(GRANTS)).willReturn(failure.response()));

        o365.run("aad", "oauth2grant", "list", "--spObjectId", "sp-1").assertOneLineError(failure.message());
    }

    @Test
    void throttledPageIsRetried() {
        GraphTenant.stubThrottledThenOk(o365.stubs(), () -> get(urlEqualTo(GRANTS)), okJson(GraphTenant.page(null, "{\"id\":\"1\"}")));

        RunResult result = o365.run("aad", "oauth2grant", "list", "--spObjectId", "sp-1");

        assertEquals(0, result.exitCode(), result::toString);
        o365.stubs().verifyThat(2, getRequestedFor(urlEqualTo(GRANTS)));
    }

    @Test
    void spObjectIdIsRequired() {
        assertEquals(2, o365.run("aad", "oauth2grant", "list").exitCode());
    }
}
