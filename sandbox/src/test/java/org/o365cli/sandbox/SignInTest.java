package org.o365cli.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignInTest {

    @TempDir
    Path home;

    @Test
    void passwordSignInIssuesAnRs256TokenForTheResourceWithTheUsersClaims() throws Exception {
        TestTenant tenant = new TestTenant(home);
        JsonNode answer = tenant.adminSignIn("https://graph.microsoft.com");
        SignedJWT jwt = SignedJWT.parse(answer.get("access_token").asText());
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals("RS256", jwt.getHeader().getAlgorithm().getName());
        assertEquals("https://graph.microsoft.com", claims.getAudience().get(0));
        assertEquals("admin@contoso.onmicrosoft.com", claims.getStringClaim("upn"));
        assertEquals(tenant.sandbox.status().tenantId(), claims.getStringClaim("tid"));
        assertTrue(claims.getStringClaim("scp").contains("User.Read.All"));
        long lifetime = (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000;
        assertEquals(3600, lifetime);
        assertEquals(3600, answer.get("expires_in").asInt());
        assertTrue(answer.has("refresh_token") && answer.has("id_token"));
    }

    @Test
    void aThirdPartyApiIsRefusedAsAadDoesUntilRegisteredThenItsTokenCarriesUserImpersonation() throws Exception {
        TestTenant tenant = new TestTenant(home);
        SandboxResponse refused = tenant.token(Map.of("grant_type", "password", "client_id", tenant.sandbox.status().appId(),
                "username", Sandbox.ADMIN, "password", tenant.sandbox.status().password(), "scope", "https://hr.contoso.com/.default"));
        assertEquals(400, refused.status());
        assertEquals("invalid_resource", TestTenant.json(refused).get("error").asText());

        tenant.sandbox.registerApi("https://HR.contoso.com/");
        tenant.sandbox.registerApi("https://hr.contoso.com");
        JWTClaimsSet claims = SignedJWT.parse(tenant.adminSignIn("https://hr.contoso.com").get("access_token").asText())
                .getJWTClaimsSet();
        assertEquals("https://hr.contoso.com", claims.getAudience().get(0));
        assertEquals("user_impersonation", claims.getStringClaim("scp"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hr.contoso.com", "https://hr.contoso.com/api", "hr.contoso.com",
            "https://graph.microsoft.com", "https://contoso.sharepoint.com", "https://login.microsoftonline.com"})
    void onlyAThirdPartysHttpsOriginCanBeRegistered(String resource) {
        TestTenant tenant = new TestTenant(home);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tenant.sandbox.registerApi(resource));
        assertTrue(e.getMessage().contains(resource.equals("https://graph.microsoft.com") ? "serves" : resource), e.getMessage());
    }

    @Test
    void tokenLifetimeCanBeShortenedToAMinute() throws Exception {
        TestTenant tenant = new TestTenant(home);
        tenant.sandbox.tokenLifetime(Duration.ofSeconds(60));
        JWTClaimsSet claims = SignedJWT.parse(tenant.adminSignIn("https://graph.microsoft.com").get("access_token").asText())
                .getJWTClaimsSet();
        assertEquals(60, (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000);
    }

    @Test
    void aRefreshTokenWorksOnceAndTheNextOneIsNew() {
        TestTenant tenant = new TestTenant(home);
        String first = tenant.adminSignIn("https://graph.microsoft.com").get("refresh_token").asText();
        SandboxResponse renewed = refresh(tenant, first, "https://contoso.sharepoint.com");
        assertEquals(200, renewed.status(), renewed.text());
        String second = TestTenant.json(renewed).get("refresh_token").asText();
        assertNotEquals(first, second);
        SandboxResponse reused = refresh(tenant, first, "https://graph.microsoft.com");
        assertEquals(400, reused.status());
        assertEquals("invalid_grant", TestTenant.json(reused).get("error").asText());
    }

    @Test
    void revokedRefreshTokensAreRefusedAsRevoked() {
        TestTenant tenant = new TestTenant(home);
        String token = tenant.adminSignIn("https://graph.microsoft.com").get("refresh_token").asText();
        assertEquals(1, tenant.sandbox.revoke());
        JsonNode error = TestTenant.json(refresh(tenant, token, "https://graph.microsoft.com"));
        assertEquals("invalid_grant", error.get("error").asText());
        assertTrue(error.get("error_description").asText().startsWith("AADSTS50173: "), error.toString());
        assertEquals(50173, error.get("error_codes").get(0).asInt());
    }

    @Test
    void aWrongPasswordIsRefusedWithAadsts50126() {
        TestTenant tenant = new TestTenant(home);
        SandboxResponse response = tenant.token(Map.of("grant_type", "password", "client_id", tenant.sandbox.status().appId(),
                "username", "AdeleV@contoso.onmicrosoft.com", "password", "wrong", "scope", "https://graph.microsoft.com/.default"));
        assertEquals(400, response.status());
        assertTrue(TestTenant.json(response).get("error_description").asText().startsWith("AADSTS50126: "));
    }

    @Test
    void theClientSecretGrantGivesAnAppOnlyTokenWithRoles() throws Exception {
        TestTenant tenant = new TestTenant(home);
        SandboxResponse good = tenant.token(Map.of("grant_type", "client_credentials", "client_id",
                tenant.sandbox.status().appId(), "client_secret", tenant.sandbox.status().secret(),
                "scope", "https://contoso-admin.sharepoint.com/.default"));
        assertEquals(200, good.status(), good.text());
        JWTClaimsSet claims = SignedJWT.parse(TestTenant.json(good).get("access_token").asText()).getJWTClaimsSet();
        assertEquals("https://contoso-admin.sharepoint.com", claims.getAudience().get(0));
        assertEquals("Sites.FullControl.All", claims.getStringListClaim("roles").get(0));
        assertEquals(null, claims.getClaim("scp"));
        SandboxResponse bad = tenant.token(Map.of("grant_type", "client_credentials", "client_id",
                tenant.sandbox.status().appId(), "client_secret", "nope", "scope", "https://graph.microsoft.com/.default"));
        assertEquals(401, bad.status());
        assertEquals("invalid_client", TestTenant.json(bad).get("error").asText());
    }

    @Test
    void theDeviceCodeIsPendingThenApprovedByItself() {
        MutableClock clock = new MutableClock();
        TestTenant tenant = new TestTenant(home, clock);
        SandboxResponse code = tenant.send("POST", "https://login.microsoftonline.com/common/oauth2/v2.0/devicecode",
                Map.of(), "client_id=" + tenant.sandbox.status().appId()
                        + "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default%20offline_access");
        assertEquals(200, code.status(), code.text());
        String deviceCode = TestTenant.json(code).get("device_code").asText();
        Map<String, String> poll = Map.of("grant_type", "urn:ietf:params:oauth:grant-type:device_code",
                "client_id", tenant.sandbox.status().appId(), "device_code", deviceCode);
        assertEquals("authorization_pending", TestTenant.json(tenant.token(poll)).get("error").asText());
        clock.advance(Duration.ofSeconds(2));
        SandboxResponse approved = tenant.token(poll);
        assertEquals(200, approved.status(), approved.text());
        assertTrue(TestTenant.json(approved).has("refresh_token"));
    }

    @Test
    void anUnknownAppIsRefused() {
        TestTenant tenant = new TestTenant(home);
        SandboxResponse response = tenant.token(Map.of("grant_type", "client_credentials", "client_id",
                "11111111-1111-1111-1111-111111111111", "client_secret", "x", "scope", "https://graph.microsoft.com/.default"));
        assertEquals(400, response.status());
        assertEquals("unauthorized_client", TestTenant.json(response).get("error").asText());
    }

    private static SandboxResponse refresh(TestTenant tenant, String token, String resource) {
        return tenant.token(Map.of("grant_type", "refresh_token", "client_id", tenant.sandbox.status().appId(),
                "refresh_token", token, "scope", resource + "/.default offline_access"));
    }
}
