package org.o365cli.host.auth.browser;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o365cli.host.auth.AzureAdStubs.APP_ID;
import static org.o365cli.host.auth.AzureAdStubs.TENANT;
import static org.o365cli.host.auth.AzureAdStubs.TOKEN_PATH;
import static org.o365cli.host.auth.AzureAdStubs.field;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.o365cli.auth.Cancellation;
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

class BrowserSignInTest {

    @RegisterExtension
    static WireMockExtension aad = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final TokenEndpoint tokens = new TokenEndpoint(new JsonExchange(new PlainSender()), Clock.systemUTC());

    @Test
    void codeWithTheRightStateIsRedeemedWithTheVerifier() {
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.tokens("at", "rt", 3600)));
        RedirectingBrowser browser = new RedirectingBrowser(params -> "code=code-1&state=" + params.get("state").get(0)
                + "&session_state=s");

        TokenSet set = flow(browser, Duration.ofSeconds(10), () -> false).signIn(request(AzureAdStubs.endpoints(aad.baseUrl())));

        assertEquals("at", set.accessToken());
        assertEquals("rt", set.refreshToken());
        assertEquals(200, browser.page().statusCode());
        assertTrue(browser.page().body().contains("You can close this tab"), browser.page().body());

        URI opened = browser.opened();
        assertEquals(AzureAdStubs.endpoints(aad.baseUrl()).authorization().getPath(), opened.getPath());
        Map<String, List<String>> authorize = URLUtils.parseParameters(opened.getRawQuery());
        assertEquals("code", authorize.get("response_type").get(0));
        assertEquals(APP_ID, authorize.get("client_id").get(0));
        assertEquals("https://contoso-admin.sharepoint.com/.default offline_access openid profile", authorize.get("scope").get(0));
        assertEquals("select_account", authorize.get("prompt").get(0));
        assertEquals("S256", authorize.get("code_challenge_method").get(0));
        String redirect = authorize.get("redirect_uri").get(0);
        assertTrue(redirect.matches("http://localhost:\\d+"), redirect);

        LoggedRequest redeem = aad.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).get(0);
        assertEquals("authorization_code", field(redeem, "grant_type"));
        assertEquals("code-1", field(redeem, "code"));
        assertEquals(redirect, field(redeem, "redirect_uri"));
        assertEquals(APP_ID, field(redeem, "client_id"));
        String verifier = field(redeem, "code_verifier");
        assertEquals(authorize.get("code_challenge").get(0),
                CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier(verifier)).getValue());
    }

    @Test
    void callbackWithAnotherStateIsIgnoredAndTheRealOneSignsIn() {
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.tokens("at", "rt", 3600)));
        RedirectingBrowser browser = new RedirectingBrowser(params -> "code=forged&state=forged",
                params -> "code=code-1&state=" + params.get("state").get(0));

        TokenSet set = flow(browser, Duration.ofSeconds(10), () -> false).signIn(request(AzureAdStubs.endpoints(aad.baseUrl())));

        assertEquals("at", set.accessToken());
        assertEquals(400, browser.pages().get(0).statusCode());
        assertTrue(browser.pages().get(0).body().contains("does not carry the state o365 sent"), browser.pages().get(0).body());
        assertEquals(200, browser.pages().get(1).statusCode());
        List<LoggedRequest> redeems = aad.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        assertEquals(1, redeems.size());
        assertEquals("code-1", field(redeems.get(0), "code"));
    }

    @Test
    void onlyAForgedCallbackEndsInTheTimeout() {
        RedirectingBrowser browser = new RedirectingBrowser(params -> "code=forged&state=forged");

        O365Exception e = assertThrows(O365Exception.class,
                () -> flow(browser, Duration.ofMillis(500), () -> false).signIn(request(AzureAdStubs.endpoints(aad.baseUrl()))));

        assertTrue(e.getMessage().startsWith("No sign-in arrived from the browser within"), e.getMessage());
        assertEquals(400, browser.page().statusCode());
        assertEquals(0, aad.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).size());
    }

    @Test
    void accessDeniedIsOneLine() {
        RedirectingBrowser browser = new RedirectingBrowser(params -> "error=access_denied&error_description=AADSTS65004%3A+User"
                + "+declined+to+consent&state=" + params.get("state").get(0));

        O365Exception e = assertThrows(O365Exception.class,
                () -> flow(browser, Duration.ofSeconds(10), () -> false).signIn(request(AzureAdStubs.endpoints(aad.baseUrl()))));

        assertEquals("Sign-in was declined or cancelled in the browser (access_denied): run the command again and accept the"
                + " sign-in", e.getMessage());
        assertEquals(400, browser.page().statusCode());
    }

    @Test
    void noCallbackTimesOut() {
        O365Exception e = assertThrows(O365Exception.class,
                () -> flow(url -> { }, Duration.ofMillis(300), () -> false).signIn(request(AzureAdStubs.endpoints(aad.baseUrl()))));

        assertTrue(e.getMessage().startsWith("No sign-in arrived from the browser within 0.3 seconds"), e.getMessage());
    }

    @Test
    void cancellationStopsWaiting() {
        O365Exception e = assertThrows(O365Exception.class,
                () -> flow(url -> { }, Duration.ofMinutes(5), () -> true).signIn(request(AzureAdStubs.endpoints(aad.baseUrl()))));

        assertEquals("Sign-in cancelled", e.getMessage());
    }

    @Test
    void issuerWithoutAuthorizationEndpointIsNamed() {
        Endpoints endpoints = new Endpoints("https://idp.example", URI.create("https://idp.example/token"), null, null);

        O365Exception e = assertThrows(O365Exception.class,
                () -> flow(url -> { }, Duration.ofSeconds(1), () -> false).signIn(request(endpoints)));

        assertEquals("The issuer https://idp.example has no authorization endpoint: use --authType deviceCode", e.getMessage());
    }

    private BrowserSignIn flow(BrowserOpener browser, Duration timeout, Cancellation cancellation) {
        return new BrowserSignIn(tokens, browser, cancellation, timeout);
    }

    private static SignInRequest request(Endpoints endpoints) {
        return new SignInRequest(AuthType.BROWSER, APP_ID, TENANT, endpoints, Resource.of("https://contoso-admin.sharepoint.com"),
                null, null, null, null, null, null, null);
    }
}
