package org.o365cli.host.auth.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.identity.ManagedIdentityPlatform;
import org.o365cli.host.auth.Endpoints;
import org.o365cli.host.auth.PlainSender;
import org.o365cli.host.auth.SignInRequest;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.auth.aad.AuthorityResolver;
import org.o365cli.host.auth.aad.JsonExchange;
import org.o365cli.host.auth.aad.TokenEndpoint;
import org.o365cli.host.auth.browser.BrowserOpener;
import org.o365cli.host.auth.certificate.CertificateCredential;
import org.o365cli.host.auth.certificate.CertificateLoader;
import org.o365cli.host.auth.certificate.TestCertificate;
import org.o365cli.host.auth.claims.TokenClaims;
import org.o365cli.host.auth.refresh.RenewalRequest;
import org.o365cli.host.auth.refresh.TokenRenewal;

/**
 * The flows against a real OAuth 2.0 / OIDC server issuing signed JWTs (navikt mock-oauth2-server),
 * found through discovery as {@code --authority} would.
 */
class OAuthServerEndToEndTest {

    private static final String APP_ID = "o365-e2e";
    private static final Resource GRAPH = Resource.of("https://graph.microsoft.com");

    private static MockOAuth2Server server;
    private static Endpoints endpoints;
    private static String issuer;

    private final PlainSender sender = new PlainSender();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        server = new MockOAuth2Server();
        server.start();
        issuer = server.issuerUrl("default").toString();
        endpoints = new AuthorityResolver(new JsonExchange(new PlainSender())).resolve(issuer);
    }

    @AfterAll
    static void stop() {
        server.shutdown();
    }

    @Test
    void discoveryFindsTheIssuersEndpoints() {
        assertEquals(issuer, endpoints.issuer());
        assertEquals(server.tokenEndpointUrl("default").uri(), endpoints.token());
        assertEquals(server.authorizationEndpointUrl("default").uri(), endpoints.authorization());
        assertNull(endpoints.deviceAuthorization(), "mock-oauth2-server has no device authorization endpoint");
    }

    @Test
    void clientCredentialsWithSecretGetsASignedJwt() throws Exception {
        TokenSet tokens = flows(url -> { }).signIn(request(AuthType.SECRET, null, null));

        SignedJWT jwt = SignedJWT.parse(tokens.accessToken());
        assertTrue(jwt.verify(new RSASSAVerifier(signingKey(jwt))), "signed by the issuer's key");
        assertEquals(issuer, jwt.getJWTClaimsSet().getIssuer());
        assertEquals(APP_ID, TokenClaims.read(tokens.accessToken()).connectedAs());
        assertNull(tokens.refreshToken());
        // Unlike Azure AD, mock-oauth2-server puts the scope itself in aud: the audience check refuses it.
        assertEquals(List.of(GRAPH.defaultScope()), TokenClaims.read(tokens.accessToken()).audience());
        assertFalse(TokenClaims.read(tokens.accessToken()).audienceMatches(GRAPH));
    }

    @Test
    void audienceNamingTheResourceMatches() {
        server.enqueueCallback(new DefaultOAuth2TokenCallback("default", APP_ID, "JWT", List.of(GRAPH.uri()), Map.of(), 3600));

        TokenSet tokens = flows(url -> { }).signIn(request(AuthType.SECRET, null, null));

        assertTrue(TokenClaims.read(tokens.accessToken()).audienceMatches(GRAPH));
    }

    @Test
    void passwordGrantSignsTheUserIn() {
        TokenSet tokens = flows(url -> { }).signIn(request(AuthType.PASSWORD, null, null));

        assertEquals("adele@contoso.com", TokenClaims.read(tokens.accessToken()).connectedAs());
        assertNotNull(tokens.idToken());
        // mock-oauth2-server 2.1.10 issues no refresh token for the password grant (Azure AD does, with offline_access).
        assertNull(tokens.refreshToken());
    }

    @Test
    void browserSignInWithPkceThenRefreshForAnotherResource() throws Exception {
        TokenSet signedIn = flows(this::signInAsAdele).signIn(request(AuthType.BROWSER, null, null));

        assertNotNull(signedIn.refreshToken());
        assertNotNull(signedIn.idToken());
        assertEquals("adele@contoso.com", SignedJWT.parse(signedIn.accessToken()).getJWTClaimsSet().getSubject());

        TokenRenewal renewal = new TokenRenewal(new TokenEndpoint(new JsonExchange(sender), Clock.systemUTC()), flows(url -> { }));
        Resource sites = Resource.of("https://contoso.sharepoint.com");
        TokenSet renewed = renewal.renew(new RenewalRequest(AuthType.BROWSER, APP_ID, endpoints, sites, signedIn.refreshToken(),
                null, null, null, null, Map.of(), "o365 spo connect https://contoso.sharepoint.com"));

        assertNotNull(renewed.accessToken());
        assertNotEquals(signedIn.accessToken(), renewed.accessToken());
        assertNotNull(renewed.refreshToken());
        assertTrue(renewed.expiresOn().isAfter(signedIn.expiresOn().minusSeconds(5)));
    }

    @Test
    void deviceCodeNamesTheIssuerWithoutADeviceEndpoint() {
        O365Exception e = assertThrows(O365Exception.class, () -> flows(url -> { }).signIn(request(AuthType.DEVICE_CODE, null, null)));

        assertEquals("The issuer " + issuer + " has no device authorization endpoint: use --authType browser", e.getMessage());
    }

    @Test
    void certificateAssertionIsAcceptedByANimbusBasedServer(@TempDir Path dir) throws Exception {
        TestCertificate test = TestCertificate.generate(dir);
        CertificateCredential certificate = new CertificateLoader().fromFile(test.pfx(), test.password(), null);

        TokenSet tokens = flows(url -> { }).signIn(request(AuthType.CERTIFICATE, certificate, null));

        assertEquals(APP_ID, TokenClaims.read(tokens.accessToken()).connectedAs());
    }

    /**
     * Azure AD takes a federated token whose subject is the CI job, with client_id naming the app.
     * A nimbus-based server such as mock-oauth2-server reads every JWT client assertion as
     * private_key_jwt and refuses one whose subject is not the client id; the refusal still comes
     * back as one line.
     */
    @Test
    void federatedAssertionIsRefusedByAServerThatWantsSubjectEqualToClientId() throws Exception {
        String external = server.issueToken("github", "repo:contoso/app:ref:refs/heads/main", "api://AzureADTokenExchange",
                Map.of(), 600).serialize();
        HttpServer gh = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gh.createContext("/idtoken", exchange -> {
            byte[] body = ("{\"value\":\"" + external + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        gh.start();
        try {
            O365Exception e = assertThrows(O365Exception.class, () -> flows(url -> { }).signIn(request(AuthType.FEDERATED_IDENTITY,
                    null, Map.of("ACTIONS_ID_TOKEN_REQUEST_URL", "http://127.0.0.1:" + gh.getAddress().getPort()
                            + "/idtoken?api-version=2.0", "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "t"))));

            assertEquals("Sign-in failed: invalid request: invalid private key jwt authentication: the client"
                    + " identifier doesn't match the client assertion subject (invalid_request)", e.getMessage());
        } finally {
            gh.stop(0);
        }
    }

    private SignInFlows flows(BrowserOpener browser) {
        return new SignInFlows(sender, Clock.systemUTC(), message -> { }, () -> false, duration -> { }, browser,
                Duration.ofSeconds(10), new ManagedIdentityPlatform(URI.create("http://127.0.0.1:1/imds"), null), secret -> { });
    }

    private static SignInRequest request(AuthType type, CertificateCredential certificate, Map<String, String> env) {
        return new SignInRequest(type, APP_ID, "organizations", endpoints, GRAPH, "adele@contoso.com", "secret-password",
                certificate, "app-secret", null, null, env);
    }

    /**
     * The browser and the user: prompt=select_account makes the server show its login page, where the
     * user submits a name; the server then redirects to the loopback port, which the browser follows.
     */
    private void signInAsAdele(URI authorize) {
        try {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(authorize).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), "the login page");
            HttpResponse<Void> submitted = http.send(HttpRequest.newBuilder(authorize)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=adele%40contoso.com")).build(),
                    HttpResponse.BodyHandlers.discarding());
            String location = submitted.headers().firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException("no redirect: HTTP " + submitted.statusCode()));
            http.send(HttpRequest.newBuilder(URI.create(location)).GET().build(), HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static java.security.interfaces.RSAPublicKey signingKey(SignedJWT jwt) throws Exception {
        JWKSet keys = JWKSet.load(server.jwksUrl("default").url());
        return ((RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID())).toRSAPublicKey();
    }
}
