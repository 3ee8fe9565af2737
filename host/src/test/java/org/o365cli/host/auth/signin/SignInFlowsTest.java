package org.o365cli.host.auth.signin;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.o365cli.host.auth.AzureAdStubs.APP_ID;
import static org.o365cli.host.auth.AzureAdStubs.TOKEN_PATH;
import static org.o365cli.host.auth.AzureAdStubs.field;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.identity.ManagedIdentityPlatform;
import org.o365cli.host.auth.AzureAdStubs;
import org.o365cli.host.auth.PlainSender;
import org.o365cli.host.auth.SignInRequest;
import org.o365cli.host.auth.browser.BrowserSignIn;
import org.o365cli.host.auth.clientcredentials.CertificateSignIn;
import org.o365cli.host.auth.clientcredentials.SecretSignIn;
import org.o365cli.host.auth.devicecode.DeviceCodeSignIn;
import org.o365cli.host.auth.federated.FederatedIdentitySignIn;
import org.o365cli.host.auth.identity.ManagedIdentitySignIn;
import org.o365cli.host.auth.password.PasswordSignIn;

class SignInFlowsTest {

    @RegisterExtension
    static WireMockExtension aad = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final SignInFlows flows = new SignInFlows(new PlainSender(), Clock.systemUTC(), message -> { }, () -> false,
            duration -> { }, url -> { }, Duration.ofSeconds(1), new ManagedIdentityPlatform(URI.create("http://127.0.0.1:1/imds"), null),
            secret -> { });

    @Test
    void everyAuthTypeHasItsFlow() {
        assertInstanceOf(DeviceCodeSignIn.class, flows.forType(AuthType.DEVICE_CODE));
        assertInstanceOf(PasswordSignIn.class, flows.forType(AuthType.PASSWORD));
        assertInstanceOf(CertificateSignIn.class, flows.forType(AuthType.CERTIFICATE));
        assertInstanceOf(SecretSignIn.class, flows.forType(AuthType.SECRET));
        assertInstanceOf(ManagedIdentitySignIn.class, flows.forType(AuthType.IDENTITY));
        assertInstanceOf(FederatedIdentitySignIn.class, flows.forType(AuthType.FEDERATED_IDENTITY));
        assertInstanceOf(BrowserSignIn.class, flows.forType(AuthType.BROWSER));
    }

    @Test
    void signInRunsTheRequestsFlow() {
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.tokens("at", null, 3599)));

        flows.signIn(new SignInRequest(AuthType.SECRET, APP_ID, "contoso.onmicrosoft.com", AzureAdStubs.endpoints(aad.baseUrl()),
                Resource.of("https://graph.microsoft.com"), null, null, null, "s", null, null, null));

        assertEquals(List.of("client_credentials"), List.of(field(aad.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).get(0),
                "grant_type")));
    }
}
