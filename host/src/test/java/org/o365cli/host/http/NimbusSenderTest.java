package org.o365cli.host.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.common.contenttype.ContentType;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NimbusSenderTest {

    @RegisterExtension
    static AzureWireMock azure = new AzureWireMock();

    private static final String TOKEN_PATH = "/contoso.onmicrosoft.com/oauth2/v2.0/token";

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final NimbusSender sender = new NimbusSender(new HttpStack(HttpSettings.fromEnvironment(azure.environment()),
            Clock.systemUTC(), sleeper, HttpTrace.off(), "1.2.3"));

    private static TokenRequest clientCredentials() {
        return new TokenRequest.Builder(URI.create("https://login.microsoftonline.com" + TOKEN_PATH),
                new ClientSecretPost(new ClientID("11111111-2222-3333-4444-555555555555"), new Secret("s3cr3t~value+/=")),
                new ClientCredentialsGrant())
                .scope(new Scope("https://graph.microsoft.com/.default"))
                .build();
    }

    @Test
    void aClientCredentialsTokenRequestTravelsThroughTheStackAndItsAnswerParses() throws Exception {
        azure.client().register(post(TOKEN_PATH).willReturn(okJson(
                "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\"at-123\"}")));

        HTTPResponse response = clientCredentials().toHTTPRequest().send(sender);

        assertEquals(200, response.getStatusCode());
        assertEquals(ContentType.APPLICATION_JSON.getBaseType(), response.getEntityContentType().getBaseType());
        TokenResponse parsed = TokenResponse.parse(response);
        assertEquals("at-123", parsed.toSuccessResponse().getTokens().getAccessToken().getValue());
        assertEquals(3599, parsed.toSuccessResponse().getTokens().getAccessToken().getLifetime());

        azure.client().verifyThat(postRequestedFor(urlEqualTo(TOKEN_PATH))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withHeader("User-Agent", equalTo("NONISV|o365cli|o365/1.2.3")));
        LoggedRequest sent = azure.client().find(postRequestedFor(urlEqualTo(TOKEN_PATH))).get(0);
        assertEquals(Map.of("grant_type", "client_credentials", "scope", "https://graph.microsoft.com/.default",
                "client_id", "11111111-2222-3333-4444-555555555555", "client_secret", "s3cr3t~value+/="), form(sent.getBodyAsString()));
    }

    @Test
    void anAzureAdErrorComesBackAsNimbusErrorResponse() throws Exception {
        azure.client().register(post(TOKEN_PATH).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided.\"}")));

        TokenResponse parsed = TokenResponse.parse(clientCredentials().toHTTPRequest().send(sender));

        assertFalse(parsed.indicatesSuccess());
        ErrorObject error = parsed.toErrorResponse().getErrorObject();
        assertEquals("invalid_client", error.getCode());
        assertEquals(401, error.getHTTPStatusCode());
    }

    @Test
    void aThrottledTokenRequestIsRetriedByTheStack() throws Exception {
        azure.client().register(post(TOKEN_PATH).inScenario("t").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "4")).willSetStateTo("ok"));
        azure.client().register(post(TOKEN_PATH).inScenario("t").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":60,\"access_token\":\"at-2\"}")));

        TokenResponse parsed = TokenResponse.parse(clientCredentials().toHTTPRequest().send(sender));

        assertEquals("at-2", parsed.toSuccessResponse().getTokens().getAccessToken().getValue());
        assertEquals(4, sleeper.total().toSeconds());
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8), pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    /** Managed identity sets 5 s + 30 s; here 300 ms, against a server that answers after 5 s, with the stack's 100 s default. */
    @Test
    void aRequestsOwnShortReadTimeoutEndsTheWaitAndTheStacksLongerOneDoesNot() {
        azure.client().register(com.github.tomakehurst.wiremock.client.WireMock.get("/metadata/identity/oauth2/token")
                .willReturn(okJson("{\"access_token\":\"at\"}").withFixedDelay(5_000)));
        NimbusSender oneAttempt = new NimbusSender(new HttpStack(HttpSettings.fromEnvironment(
                azure.environment(Map.of("O365_HTTP_MAX_RETRIES", "0"))), Clock.systemUTC(), sleeper,
                HttpTrace.off(), "1.2.3"));
        com.nimbusds.oauth2.sdk.http.HTTPRequest request = new com.nimbusds.oauth2.sdk.http.HTTPRequest(
                com.nimbusds.oauth2.sdk.http.HTTPRequest.Method.GET, URI.create("http://metadata.contoso.com/metadata/identity/oauth2/token"));
        request.setReadTimeout(300);

        org.o365cli.auth.O365Exception e = org.junit.jupiter.api.Assertions.assertThrows(org.o365cli.auth.O365Exception.class,
                () -> request.send(oneAttempt));

        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("did not answer GET /metadata/identity/oauth2/token in time"),
                e.getMessage());
        azure.client().verifyThat(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlEqualTo("/metadata/identity/oauth2/token")));
    }
}
