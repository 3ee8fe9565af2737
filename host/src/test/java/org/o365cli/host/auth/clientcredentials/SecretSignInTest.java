package org.o365cli.host.auth.clientcredentials;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.o365cli.host.auth.AzureAdStubs.APP_ID;
import static org.o365cli.host.auth.AzureAdStubs.TOKEN_PATH;
import static org.o365cli.host.auth.AzureAdStubs.field;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
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

class SecretSignInTest {

    @RegisterExtension
    static WireMockExtension aad = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final SecretSignIn flow = new SecretSignIn(new TokenEndpoint(new JsonExchange(new PlainSender()), Clock.systemUTC()));

    @Test
    void sendsClientCredentialsWithTheSecretInTheForm() {
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.tokens("at", null, 3599)));

        TokenSet tokens = flow.signIn(request("s3cr3t~value"));

        assertEquals("at", tokens.accessToken());
        assertNull(tokens.refreshToken());
        LoggedRequest sent = aad.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).get(0);
        assertEquals("client_credentials", field(sent, "grant_type"));
        assertEquals(APP_ID, field(sent, "client_id"));
        assertEquals("s3cr3t~value", field(sent, "client_secret"));
        assertEquals("https://graph.microsoft.com/.default", field(sent, "scope"));
        assertFalse(sent.containsHeader("Authorization"));
    }

    @Test
    void invalidSecretSaysToGiveTheValueNotTheId() {
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.error(401, "invalid_client", "7000215",
                "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value.")));

        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(request("the-secret-id")));

        assertEquals("Sign-in failed: the client secret is invalid: give the secret's value, not its id"
                + " (AADSTS7000215, correlation id corr-1, trace id trace-1)", e.getMessage());
    }

    @Test
    void missingSecretIsRefusedBeforeAnyRequest() {
        assertThrows(O365Exception.class, () -> flow.signIn(request(null)));
        assertEquals(0, aad.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).size());
    }

    private static SignInRequest request(String secret) {
        return new SignInRequest(AuthType.SECRET, APP_ID, "contoso.onmicrosoft.com", AzureAdStubs.endpoints(aad.baseUrl()),
                Resource.of("https://graph.microsoft.com"), null, null, null, secret, null, null, null);
    }
}
