package org.o365cli.host.auth.aad;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o365cli.host.auth.AzureAdStubs.APP_ID;
import static org.o365cli.host.auth.AzureAdStubs.TOKEN_PATH;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.AzureAdStubs;
import org.o365cli.host.auth.FakeClock;
import org.o365cli.host.auth.PlainSender;
import org.o365cli.host.auth.TokenSet;

class TokenEndpointTest {

    @RegisterExtension
    static WireMockExtension aad = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final FakeClock clock = new FakeClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final TokenEndpoint tokens = new TokenEndpoint(new JsonExchange(new PlainSender()), clock);

    @Test
    void expiryIsCountedFromWhenTheRequestWasSent() {
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.tokens("at-1", null, 3599)));

        TokenSet set = tokens.redeem(request(AzureAdStubs.endpoints(aad.baseUrl()).token()));

        assertEquals("at-1", set.accessToken());
        assertEquals(Instant.parse("2024-05-01T10:59:59Z"), set.expiresOn());
        assertNull(set.refreshToken());
    }

    @Test
    void idTokenAndRefreshTokenAreKept() {
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                "{\"token_type\":\"Bearer\",\"expires_in\":60,\"access_token\":\"at\",\"refresh_token\":\"rt\",\"id_token\":\"it\"}")));

        TokenSet set = tokens.redeem(request(AzureAdStubs.endpoints(aad.baseUrl()).token()));

        assertEquals("rt", set.refreshToken());
        assertEquals("it", set.idToken());
        assertEquals(clock.instant().plus(Duration.ofSeconds(60)), set.expiresOn());
    }

    @Test
    void htmlFromAProxyBecomesOneLineNamingStatusAndEndpoint() {
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Bad gateway from proxy</body></html>")));
        URI token = AzureAdStubs.endpoints(aad.baseUrl()).token();

        O365Exception e = assertThrows(O365Exception.class, () -> tokens.redeem(request(token)));

        assertTrue(e.getMessage().startsWith("The token endpoint at " + token + " answered HTTP 502"), e.getMessage());
        assertFalse(e.getMessage().contains("<html") || e.getMessage().contains("proxy</body>"), e.getMessage());
    }

    @Test
    void htmlWithStatus200IsNoTokenEither() {
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>Sign in to the Wi-Fi</html>")));

        O365Exception e = assertThrows(O365Exception.class, () -> tokens.redeem(request(AzureAdStubs.endpoints(aad.baseUrl()).token())));

        assertTrue(e.getMessage().contains("answered HTTP 200"), e.getMessage());
        assertFalse(e.getMessage().contains("Wi-Fi"), e.getMessage());
    }

    @Test
    void refusedGrantCarriesTheErrorForRenewal() {
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.error(401, "invalid_client", "7000215",
                "Invalid client secret provided.")));

        TokenEndpointException e = assertThrows(TokenEndpointException.class,
                () -> tokens.redeem(request(AzureAdStubs.endpoints(aad.baseUrl()).token())));

        assertEquals("AADSTS7000215", e.errorCode());
        assertEquals(401, e.error().getHTTPStatusCode());
        assertEquals("Sign-in failed: the client secret is invalid: give the secret's value, not its id"
                + " (AADSTS7000215, correlation id corr-1, trace id trace-1)", e.getMessage());
    }

    @Test
    void unreachableEndpointIsOneLine() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI token = URI.create("http://127.0.0.1:" + closedPort + "/t/oauth2/v2.0/token");

        O365Exception e = assertThrows(O365Exception.class, () -> tokens.redeem(request(token)));

        assertTrue(e.getMessage().startsWith("Could not reach the token endpoint at " + token + ": "), e.getMessage());
    }

    private static TokenRequest request(URI token) {
        return new TokenRequest(token, new ClientSecretPost(new ClientID(APP_ID), new Secret("s")), new ClientCredentialsGrant(),
                Scopes.appOnly(Resource.of("https://graph.microsoft.com")));
    }
}
