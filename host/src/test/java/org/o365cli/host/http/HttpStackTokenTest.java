package org.o365cli.host.http;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.auth.AccessToken;
import org.o365cli.auth.ApiException;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;

class HttpStackTokenTest {

    @RegisterExtension
    static AzureWireMock azure = new AzureWireMock();

    private static final AccessToken GRAPH_TOKEN = token("https://graph.microsoft.com", "graph-token-1");

    private final HttpStack stack = new HttpStack(HttpSettings.fromEnvironment(azure.environment()), Clock.systemUTC(),
            new RecordingSleeper(), HttpTrace.off(), "1.2.3");

    private static AccessToken token(String resource, String value) {
        return new AccessToken(value, Resource.of(resource), Instant.now().plusSeconds(3600));
    }

    private static HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).build();
    }

    /** Hands out graph-token-1, then graph-token-2, ... and records each call's forceNew. */
    private static final class CountingTokens implements TokenSource {
        final List<Boolean> calls = new ArrayList<>();

        @Override
        public AccessToken get(boolean forceNew) {
            calls.add(forceNew);
            return token("https://graph.microsoft.com", "graph-token-" + calls.size());
        }
    }

    @Test
    void aTokenGoesToItsResourceAsABearerHeader() {
        azure.client().register(get("/v1.0/me").willReturn(okJson("{}")));

        assertEquals(200, stack.send(request("https://graph.microsoft.com/v1.0/me"), GRAPH_TOKEN).statusCode());

        azure.client().verifyThat(getRequestedFor(urlEqualTo("/v1.0/me"))
                .withHeader("Authorization", equalTo("Bearer graph-token-1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://contoso.sharepoint.com/_api/web", "https://graph.microsoft.com:8443/v1.0/me",
            "https://graph.microsoft.com.evil.example/v1.0/me", "http://graph.microsoft.com/v1.0/me"})
    void aTokenIsNeverSentToAnotherOrigin(String url) {
        O365Exception e = assertThrows(O365Exception.class, () -> stack.send(request(url), GRAPH_TOKEN));

        assertTrue(e.getMessage().startsWith("Refusing to send a token for https://graph.microsoft.com to "), e.getMessage());
        assertEquals(0, azure.client().find(anyRequestedFor(anyUrl())).size());
    }

    @Test
    void aTokenIsNotSentOverPlainHttpToANonLoopbackHost() {
        AccessToken plain = token("http://intranet.contoso.com", "t");

        O365Exception e = assertThrows(O365Exception.class, () -> stack.send(request("http://intranet.contoso.com/api"), plain));

        assertEquals("Refusing to send a token to http://intranet.contoso.com over plain http; use https", e.getMessage());
        assertEquals(0, azure.client().find(anyRequestedFor(anyUrl())).size());
    }

    @Test
    void aTokenMayGoOverPlainHttpToALoopbackHost() {
        azure.client().register(get("/api").willReturn(okJson("{}")));
        String local = "http://localhost:" + azure.port();

        assertEquals(200, stack.send(request(local + "/api"), token(local, "local-token")).statusCode());

        azure.client().verifyThat(getRequestedFor(urlEqualTo("/api")).withHeader("Authorization", equalTo("Bearer local-token")));
    }

    @Test
    void aRedirectToAnotherOriginDropsTheToken() {
        azure.client().register(get("/v1.0/me/photo").withHost(equalTo("graph.microsoft.com"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", "https://contoso.sharepoint.com/photo.jpg")));
        azure.client().register(get("/photo.jpg").withHost(equalTo("contoso.sharepoint.com"))
                .willReturn(aResponse().withStatus(200).withBody(new byte[] {1, 2, 3})));

        HttpResponse<byte[]> response = stack.send(request("https://graph.microsoft.com/v1.0/me/photo"), GRAPH_TOKEN);

        assertEquals(200, response.statusCode());
        azure.client().verifyThat(getRequestedFor(urlEqualTo("/v1.0/me/photo")).withHeader("Authorization", equalTo("Bearer graph-token-1")));
        azure.client().verifyThat(getRequestedFor(urlEqualTo("/photo.jpg")).withHeader("Authorization", absent()));
    }

    @Test
    void aRedirectWithinTheOriginKeepsTheToken() {
        azure.client().register(get("/v1.0/me").willReturn(aResponse().withStatus(301).withHeader("Location", "/v1.0/users/42")));
        azure.client().register(get("/v1.0/users/42").willReturn(okJson("{}")));

        assertEquals(200, stack.send(request("https://graph.microsoft.com/v1.0/me"), GRAPH_TOKEN).statusCode());

        azure.client().verifyThat(getRequestedFor(urlEqualTo("/v1.0/users/42")).withHeader("Authorization", equalTo("Bearer graph-token-1")));
    }

    @Test
    void aPostRedirectIsReturnedNotFollowed() {
        azure.client().register(post("/v1.0/me").willReturn(aResponse().withStatus(307).withHeader("Location", "/elsewhere")));

        HttpResponse<byte[]> response = stack.send(HttpRequest.newBuilder(URI.create("https://graph.microsoft.com/v1.0/me"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), GRAPH_TOKEN);

        assertEquals(307, response.statusCode());
    }

    @Test
    void moreThanFiveRedirectsFail() {
        azure.client().register(get(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(302).withHeader("Location", "/again")));

        O365Exception e = assertThrows(O365Exception.class, () -> stack.send(request("https://graph.microsoft.com/v1.0/me"), GRAPH_TOKEN));

        assertEquals("GET https://graph.microsoft.com/v1.0/me redirected more than 5 times; check the URL", e.getMessage());
        azure.client().verifyThat(6, anyRequestedFor(anyUrl()));
    }

    static Stream<Arguments> rejectedTokens() {
        return Stream.of(
                Arguments.of("WWW-Authenticate invalid_token", aResponse().withStatus(401)
                        .withHeader("WWW-Authenticate", "Bearer realm=\"\", error=\"invalid_token\", error_description=\"expired\"")),
                Arguments.of("Graph InvalidAuthenticationToken", aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Access token has expired or is not yet valid.\"}}")),
                Arguments.of("SharePoint x-ms-diagnostics", aResponse().withStatus(401)
                        .withHeader("x-ms-diagnostics", "2000001;reason=\"There has been an error authenticating the request.\";category=\"invalid_token\"")),
                Arguments.of("SharePoint invalid audience", aResponse().withStatus(401)
                        .withBody("{\"error_description\":\"Invalid audience Uri 'https://graph.microsoft.com'.\"}")),
                Arguments.of("token expired in words", aResponse().withStatus(401)
                        .withBody("{\"error_description\":\"The access token has expired.\"}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedTokens")
    void aRejectedTokenIsRenewedOnceAndTheRequestSentAgain(String shape, ResponseDefinitionBuilder rejection) {
        azure.client().register(get("/v1.0/me").withHeader("Authorization", equalTo("Bearer graph-token-1")).willReturn(rejection));
        azure.client().register(get("/v1.0/me").withHeader("Authorization", equalTo("Bearer graph-token-2")).willReturn(okJson("{}")));
        CountingTokens tokens = new CountingTokens();

        assertEquals(200, stack.send(request("https://graph.microsoft.com/v1.0/me"), tokens).statusCode());

        assertEquals(List.of(false, true), tokens.calls);
    }

    @Test
    void aSecond401AfterRenewalIsAnErrorWithTheApisWords() {
        azure.client().register(get("/v1.0/me").willReturn(aResponse().withStatus(401).withHeader("request-id", "r-42")
                .withBody("{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Access token validation failure.\"}}")));
        CountingTokens tokens = new CountingTokens();

        ApiException e = assertThrows(ApiException.class, () -> stack.send(request("https://graph.microsoft.com/v1.0/me"), tokens));

        assertEquals(401, e.status());
        assertEquals("https://graph.microsoft.com rejected the access token again after renewing it (401 InvalidAuthenticationToken: "
                + "Access token validation failure. (request-id r-42)); connect again", e.getMessage());
        assertEquals(List.of(false, true), tokens.calls);
    }

    @Test
    void a401ThatIsNotAboutTheTokenIsReturnedWithoutRenewal() {
        azure.client().register(get("/v1.0/me").willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer realm=\"\"")));
        CountingTokens tokens = new CountingTokens();

        assertEquals(401, stack.send(request("https://graph.microsoft.com/v1.0/me"), tokens).statusCode());

        assertEquals(List.of(false), tokens.calls);
    }

    @Test
    void aTokenSourcesTokenForAnotherResourceIsRefused() {
        TokenSource sharePoint = forceNew -> token("https://contoso.sharepoint.com", "spo");

        assertThrows(O365Exception.class, () -> stack.send(request("https://graph.microsoft.com/v1.0/me"), sharePoint));

        assertEquals(0, azure.client().find(anyRequestedFor(anyUrl())).size());
    }
}
