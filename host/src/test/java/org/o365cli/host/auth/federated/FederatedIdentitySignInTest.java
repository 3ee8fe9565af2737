package org.o365cli.host.auth.federated;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o365cli.host.auth.AzureAdStubs.APP_ID;
import static org.o365cli.host.auth.AzureAdStubs.TOKEN_PATH;
import static org.o365cli.host.auth.AzureAdStubs.field;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.AzureAdStubs;
import org.o365cli.host.auth.PlainSender;
import org.o365cli.host.auth.SignInRequest;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.auth.aad.JsonExchange;
import org.o365cli.host.auth.aad.TokenEndpoint;

class FederatedIdentitySignInTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String GITHUB_TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL3Rva2VuLmFjdGlvbnMifQ.sig-gh";

    private final JsonExchange exchange = new JsonExchange(new PlainSender());
    private final FederatedIdentitySignIn flow = new FederatedIdentitySignIn(new FederatedAssertion(exchange),
            new TokenEndpoint(exchange, Clock.systemUTC()));

    @Test
    void gitHubActionsTokenIsForwardedAsTheClientAssertion() {
        wm.stubFor(get(urlPathEqualTo("/_apis/distributedtask/idtoken")).willReturn(okJson("{\"count\":1,\"value\":\""
                + GITHUB_TOKEN + "\"}")));
        wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.tokens("at", null, 3599)));

        TokenSet tokens = flow.signIn(request(null, Map.of(
                "ACTIONS_ID_TOKEN_REQUEST_URL", wm.baseUrl() + "/_apis/distributedtask/idtoken?api-version=2.0",
                "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "gh-request-token")));

        assertEquals("at", tokens.accessToken());
        wm.verify(getRequestedFor(urlPathEqualTo("/_apis/distributedtask/idtoken"))
                .withQueryParam("api-version", equalTo("2.0"))
                .withQueryParam("audience", equalTo("api://AzureADTokenExchange"))
                .withHeader("Authorization", equalTo("Bearer gh-request-token")));
        LoggedRequest sent = wm.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).get(0);
        assertEquals("client_credentials", field(sent, "grant_type"));
        assertEquals(APP_ID, field(sent, "client_id"));
        assertEquals("https://graph.microsoft.com/.default", field(sent, "scope"));
        assertEquals("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", field(sent, "client_assertion_type"));
        assertEquals(GITHUB_TOKEN, field(sent, "client_assertion"));
    }

    @Test
    void azureDevOpsTokenIsForwardedAsTheClientAssertion() {
        wm.stubFor(post(urlPathEqualTo("/org/_apis/oidctoken")).willReturn(okJson("{\"oidcToken\":\"ado-token\"}")));
        wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.tokens("at", null, 3599)));

        flow.signIn(request("azuredevops", Map.of("SYSTEM_OIDCREQUESTURI", wm.baseUrl() + "/org/_apis/oidctoken",
                "SYSTEM_ACCESSTOKEN", "system-token", "AZURESUBSCRIPTION_SERVICE_CONNECTION_ID", "sc-1")));

        wm.verify(postRequestedFor(urlPathEqualTo("/org/_apis/oidctoken")).withQueryParam("api-version", equalTo("7.1"))
                .withQueryParam("serviceConnectionId", equalTo("sc-1"))
                .withHeader("Authorization", equalTo("Bearer system-token")));
        assertEquals("ado-token", field(wm.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).get(0), "client_assertion"));
    }

    @Test
    void withoutAnyProviderTheErrorNamesTheVariables() {
        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(request(null, Map.of())));

        assertTrue(e.getMessage().startsWith("No federated identity found in the environment"), e.getMessage());
        for (String name : new String[] {"ACTIONS_ID_TOKEN_REQUEST_URL", "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "SYSTEM_OIDCREQUESTURI",
            "SYSTEM_ACCESSTOKEN", "AZURESUBSCRIPTION_SERVICE_CONNECTION_ID"}) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
    }

    @Test
    void missingVariablesOfTheChosenProviderAreNamed() {
        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(request("github",
                Map.of("ACTIONS_ID_TOKEN_REQUEST_URL", "https://pipelines.example/idtoken?api-version=2.0"))));

        assertEquals("GitHub Actions federated identity needs ACTIONS_ID_TOKEN_REQUEST_TOKEN in the environment:"
                + " add 'permissions: id-token: write' to the workflow", e.getMessage());
    }

    @Test
    void refusedIdTokenRequestIsOneLine() {
        wm.stubFor(get(urlPathEqualTo("/denied")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"forbidden\"}")));

        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(request("github", Map.of(
                "ACTIONS_ID_TOKEN_REQUEST_URL", wm.baseUrl() + "/denied", "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "t"))));

        assertEquals("GitHub Actions refused to issue an OIDC token (HTTP 403): check the job's permissions to request ID tokens",
                e.getMessage());
        assertEquals(0, wm.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).size());
    }

    private static SignInRequest request(String provider, Map<String, String> env) {
        return new SignInRequest(AuthType.FEDERATED_IDENTITY, APP_ID, "contoso.onmicrosoft.com", AzureAdStubs.endpoints(wm.baseUrl()),
                Resource.of("https://graph.microsoft.com"), null, null, null, null, null, provider, env);
    }
}
