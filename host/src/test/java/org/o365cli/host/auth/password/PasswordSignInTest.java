package org.o365cli.host.auth.password;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.o365cli.host.auth.AzureAdStubs.APP_ID;
import static org.o365cli.host.auth.AzureAdStubs.TOKEN_PATH;
import static org.o365cli.host.auth.AzureAdStubs.field;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.AzureAdStubs;
import org.o365cli.host.auth.Endpoints;
import org.o365cli.host.auth.PlainSender;
import org.o365cli.host.auth.SignInRequest;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.auth.aad.JsonExchange;
import org.o365cli.host.auth.aad.TokenEndpoint;

class PasswordSignInTest {

    @RegisterExtension
    static WireMockExtension aad = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final PasswordSignIn flow = new PasswordSignIn(new TokenEndpoint(new JsonExchange(new PlainSender()), Clock.systemUTC()));

    @Test
    void sendsThePasswordGrantWithDelegatedScopes() {
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.tokens("at", "rt", 3600)));

        TokenSet tokens = flow.signIn(request("contoso.onmicrosoft.com", AzureAdStubs.endpoints(aad.baseUrl())));

        assertEquals("rt", tokens.refreshToken());
        LoggedRequest sent = aad.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).get(0);
        assertEquals("password", field(sent, "grant_type"));
        assertEquals("adele@contoso.com", field(sent, "username"));
        assertEquals("P@ss w&rd", field(sent, "password"));
        assertEquals(APP_ID, field(sent, "client_id"));
        assertEquals("https://graph.microsoft.com/.default offline_access openid profile", field(sent, "scope"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"common", "Consumers"})
    void commonAndConsumersTenantsAreRefusedBeforeAnyRequest(String tenant) {
        O365Exception e = assertThrows(O365Exception.class,
                () -> flow.signIn(request(tenant, AzureAdStubs.endpoints(aad.baseUrl()))));

        assertEquals("Password sign-in doesn't work with the '" + tenant + "' tenant: use --tenant organizations or your"
                + " tenant's domain, such as contoso.onmicrosoft.com", e.getMessage());
        assertEquals(0, aad.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).size());
    }

    @Test
    void commonAuthorityWithoutATenantIsRefusedToo() {
        Endpoints common = Endpoints.azureAd("https://login.microsoftonline.com/common");

        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(request(null, common)));

        assertEquals("Password sign-in doesn't work with the 'common' tenant: use --tenant organizations or your"
                + " tenant's domain, such as contoso.onmicrosoft.com", e.getMessage());
    }

    @Test
    void mfaRequiredSuggestsAnotherAuthType() {
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.error(400, "invalid_grant", "50076",
                "Due to a configuration change made by your administrator, you must use multi-factor authentication.")));

        O365Exception e = assertThrows(O365Exception.class,
                () -> flow.signIn(request("organizations", AzureAdStubs.endpoints(aad.baseUrl()))));

        assertEquals("Sign-in failed: multi-factor authentication is required, which this sign-in method can't satisfy:"
                + " connect with --authType deviceCode or --authType browser (AADSTS50076, correlation id corr-1, trace id trace-1)",
                e.getMessage());
    }

    private static SignInRequest request(String tenant, Endpoints endpoints) {
        return new SignInRequest(AuthType.PASSWORD, APP_ID, tenant, endpoints, Resource.of("https://graph.microsoft.com"),
                "adele@contoso.com", "P@ss w&rd", null, null, null, null, null);
    }
}
