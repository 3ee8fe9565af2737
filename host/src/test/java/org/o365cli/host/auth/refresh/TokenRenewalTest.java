package org.o365cli.host.auth.refresh;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o365cli.host.auth.AzureAdStubs.APP_ID;
import static org.o365cli.host.auth.AzureAdStubs.TOKEN_PATH;
import static org.o365cli.host.auth.AzureAdStubs.field;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.auth.Resource;
import org.o365cli.auth.TokenRenewalException;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.AzureAdStubs;
import org.o365cli.host.auth.FakeClock;
import org.o365cli.host.auth.PlainSender;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.auth.aad.JsonExchange;
import org.o365cli.host.auth.aad.TokenEndpoint;
import org.o365cli.host.auth.certificate.CertificateCredential;
import org.o365cli.host.auth.certificate.CertificateLoader;
import org.o365cli.host.auth.certificate.TestCertificate;
import org.o365cli.host.auth.identity.ManagedIdentityPlatform;
import org.o365cli.host.auth.signin.SignInFlows;

class TokenRenewalTest {

    @RegisterExtension
    static WireMockExtension aad = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Resource ADMIN = Resource.of("https://contoso-admin.sharepoint.com");
    private static final Resource SITES = Resource.of("https://contoso.sharepoint.com");
    private static final String CONNECT = "o365 spo connect https://contoso-admin.sharepoint.com";
    private static final String IMDS_PATH = "/metadata/identity/oauth2/token";

    private final FakeClock clock = new FakeClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final PlainSender sender = new PlainSender();
    private final TokenRenewal renewal = new TokenRenewal(new TokenEndpoint(new JsonExchange(sender), clock),
            new SignInFlows(sender, clock, message -> { }, () -> false, duration -> { }, url -> { }, Duration.ofSeconds(1),
                    new ManagedIdentityPlatform(URI.create(aad.baseUrl() + IMDS_PATH), null), secret -> { }));

    @Test
    void refreshTokenIsRedeemedForAnotherResourceOfTheTenant() {
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.tokens("at-sites", "rt-new", 3600)));

        TokenSet tokens = renewal.renew(delegated(SITES, "rt-old"));

        assertEquals("at-sites", tokens.accessToken());
        assertEquals("rt-new", tokens.refreshToken());
        assertEquals(clock.instant().plusSeconds(3600), tokens.expiresOn());
        LoggedRequest sent = aad.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).get(0);
        assertEquals("refresh_token", field(sent, "grant_type"));
        assertEquals("rt-old", field(sent, "refresh_token"));
        assertEquals(APP_ID, field(sent, "client_id"));
        assertEquals("https://contoso.sharepoint.com/.default offline_access openid profile", field(sent, "scope"));
    }

    @Test
    void answerWithoutRefreshTokenLeavesItNullForTheCallerToKeepTheOldOne() {
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.tokens("at", null, 3600)));

        assertNull(renewal.renew(delegated(ADMIN, "rt-old")).refreshToken());
    }

    @Test
    void expiredRefreshTokenSaysWhyAndWhichConnectToRunAgain() {
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.error(400, "invalid_grant", "700082",
                "The refresh token has expired due to inactivity.")));

        TokenRenewalException e = assertThrows(TokenRenewalException.class, () -> renewal.renew(delegated(ADMIN, "rt-old")));

        assertEquals("Could not renew the token for https://contoso-admin.sharepoint.com: the refresh token has expired"
                + " (AADSTS700082, correlation id corr-1, trace id trace-1); run '" + CONNECT + "' again", e.getMessage());
        assertEquals("AADSTS700082", e.errorCode());
    }

    @Test
    void connectionWithoutRefreshTokenCannotRenew() {
        TokenRenewalException e = assertThrows(TokenRenewalException.class, () -> renewal.renew(delegated(ADMIN, null)));

        assertTrue(e.getMessage().endsWith("the connection keeps no refresh token; run '" + CONNECT + "' again"), e.getMessage());
        assertEquals(0, aad.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).size());
    }

    @Test
    void secretConnectionRunsClientCredentialsAgainForTheResource() {
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.tokens("at-app", null, 3599)));

        TokenSet tokens = renewal.renew(appOnly(AuthType.SECRET, SITES, "s3cr3t", null, Map.of()));

        assertEquals("at-app", tokens.accessToken());
        LoggedRequest sent = aad.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).get(0);
        assertEquals("client_credentials", field(sent, "grant_type"));
        assertEquals("s3cr3t", field(sent, "client_secret"));
        assertEquals("https://contoso.sharepoint.com/.default", field(sent, "scope"));
    }

    @Test
    void invalidSecretOnRenewalIsATokenRenewalException() {
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.error(401, "invalid_client", "7000215",
                "Invalid client secret provided.")));

        TokenRenewalException e = assertThrows(TokenRenewalException.class,
                () -> renewal.renew(appOnly(AuthType.SECRET, ADMIN, "expired", null, Map.of())));

        assertEquals("AADSTS7000215", e.errorCode());
        assertTrue(e.getMessage().endsWith("run '" + CONNECT + "' again"), e.getMessage());
    }

    @Test
    void certificateConnectionRenewsFromTheStoredPem(@TempDir Path dir) throws Exception {
        TestCertificate test = TestCertificate.generate(dir);
        CertificateLoader loader = new CertificateLoader();
        String storedPem = loader.fromFile(test.pfx(), test.password(), null).toPem();
        CertificateCredential stored = loader.fromPem(storedPem);
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.tokens("at-cert", null, 3599)));

        TokenSet tokens = renewal.renew(new RenewalRequest(AuthType.CERTIFICATE, APP_ID, AzureAdStubs.endpoints(aad.baseUrl()),
                SITES, null, null, stored, null, null, Map.of(), CONNECT));

        assertEquals("at-cert", tokens.accessToken());
        LoggedRequest sent = aad.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).get(0);
        assertEquals("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", field(sent, "client_assertion_type"));
        assertEquals("https://contoso.sharepoint.com/.default", field(sent, "scope"));
    }

    @Test
    void managedIdentityConnectionAsksForTheResourceAgain() {
        aad.stubFor(get(urlPathEqualTo(IMDS_PATH)).willReturn(okJson("{\"access_token\":\"at-mi\",\"expires_in\":\"3599\"}")));

        TokenSet tokens = renewal.renew(appOnly(AuthType.IDENTITY, SITES, null, null, Map.of()));

        assertEquals("at-mi", tokens.accessToken());
        aad.verify(getRequestedFor(urlPathEqualTo(IMDS_PATH)).withQueryParam("resource", equalTo("https://contoso.sharepoint.com")));
    }

    @Test
    void toStringShowsNoTokenOrSecret() {
        String text = appOnly(AuthType.SECRET, ADMIN, "s3cr3t", null, Map.of("SYSTEM_ACCESSTOKEN", "sys-token")).toString();

        assertTrue(!text.contains("s3cr3t") && !text.contains("sys-token"), text);
        assertTrue(delegated(ADMIN, "rt-old").toString().contains("refreshToken=<redacted>"));
    }

    private static RenewalRequest delegated(Resource resource, String refreshToken) {
        return new RenewalRequest(AuthType.DEVICE_CODE, APP_ID, AzureAdStubs.endpoints(aad.baseUrl()), resource, refreshToken,
                null, null, null, null, Map.of(), CONNECT);
    }

    private static RenewalRequest appOnly(AuthType type, Resource resource, String secret, String provider, Map<String, String> env) {
        return new RenewalRequest(type, APP_ID, AzureAdStubs.endpoints(aad.baseUrl()), resource, null, secret, null, null,
                provider, env, CONNECT);
    }
}
