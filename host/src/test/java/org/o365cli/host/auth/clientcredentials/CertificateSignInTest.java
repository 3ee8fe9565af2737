package org.o365cli.host.auth.clientcredentials;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o365cli.host.auth.AzureAdStubs.APP_ID;
import static org.o365cli.host.auth.AzureAdStubs.TOKEN_PATH;
import static org.o365cli.host.auth.AzureAdStubs.field;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.AzureAdStubs;
import org.o365cli.host.auth.FakeClock;
import org.o365cli.host.auth.PlainSender;
import org.o365cli.host.auth.SignInRequest;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.auth.aad.JsonExchange;
import org.o365cli.host.auth.aad.TokenEndpoint;
import org.o365cli.host.auth.certificate.CertificateCredential;
import org.o365cli.host.auth.certificate.CertificateLoader;
import org.o365cli.host.auth.certificate.TestCertificate;

class CertificateSignInTest {

    @RegisterExtension
    static WireMockExtension aad = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    static Path dir;

    private static CertificateCredential certificate;

    private final FakeClock clock = new FakeClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final CertificateSignIn flow = new CertificateSignIn(new TokenEndpoint(new JsonExchange(new PlainSender()), clock),
            new CertificateAssertion(clock));

    @BeforeAll
    static void generate() throws Exception {
        TestCertificate test = TestCertificate.generate(dir);
        certificate = new CertificateLoader().fromFile(test.pfx(), test.password(), null);
    }

    @Test
    void sendsASignedClientAssertionAzureAdAccepts() throws Exception {
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.tokens("at", null, 3599)));

        TokenSet tokens = flow.signIn(request(certificate));

        assertEquals("at", tokens.accessToken());
        assertNull(tokens.refreshToken());
        LoggedRequest sent = aad.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).get(0);
        assertEquals("client_credentials", field(sent, "grant_type"));
        assertEquals(APP_ID, field(sent, "client_id"));
        assertEquals("https://graph.microsoft.com/.default", field(sent, "scope"));
        assertEquals("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", field(sent, "client_assertion_type"));
        assertNull(field(sent, "client_secret"));

        SignedJWT assertion = SignedJWT.parse(field(sent, "client_assertion"));
        assertEquals(JWSAlgorithm.RS256, assertion.getHeader().getAlgorithm());
        assertEquals(JOSEObjectType.JWT, assertion.getHeader().getType());
        byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(certificate.certificate().getEncoded());
        assertEquals(Base64.getUrlEncoder().withoutPadding().encodeToString(sha1),
                assertion.getHeader().toJSONObject().get("x5t"));
        assertTrue(assertion.verify(new RSASSAVerifier((RSAPublicKey) certificate.certificate().getPublicKey())));

        JWTClaimsSet claims = assertion.getJWTClaimsSet();
        assertEquals(List.of(AzureAdStubs.endpoints(aad.baseUrl()).token().toString()), claims.getAudience());
        assertEquals(APP_ID, claims.getIssuer());
        assertEquals(APP_ID, claims.getSubject());
        assertNotNull(claims.getJWTID());
        assertEquals(clock.instant(), claims.getIssueTime().toInstant());
        assertEquals(clock.instant(), claims.getNotBeforeTime().toInstant());
        long lifetime = (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000;
        assertTrue(lifetime > 0 && lifetime <= 600, "lifetime " + lifetime);
    }

    @Test
    void everyAssertionHasItsOwnJti() throws Exception {
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.tokens("at", null, 3599)));

        flow.signIn(request(certificate));
        flow.signIn(request(certificate));

        List<LoggedRequest> sent = aad.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        assertNotEquals(SignedJWT.parse(field(sent.get(0), "client_assertion")).getJWTClaimsSet().getJWTID(),
                SignedJWT.parse(field(sent.get(1), "client_assertion")).getJWTClaimsSet().getJWTID());
    }

    @Test
    void unregisteredCertificateSaysSo() {
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.error(401, "invalid_client", "700027",
                "Client assertion failed signature validation.")));

        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(request(certificate)));

        assertTrue(e.getMessage().contains("the certificate is not registered on the app"), e.getMessage());
    }

    @Test
    void missingCertificateIsRefusedBeforeAnyRequest() {
        assertThrows(O365Exception.class, () -> flow.signIn(request(null)));
        assertEquals(0, aad.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).size());
    }

    private static SignInRequest request(CertificateCredential credential) {
        return new SignInRequest(AuthType.CERTIFICATE, APP_ID, "contoso.onmicrosoft.com", AzureAdStubs.endpoints(aad.baseUrl()),
                Resource.of("https://graph.microsoft.com"), null, null, credential, null, null, null, null);
    }
}
