package org.o365cli.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphRoutesTest {

    @TempDir
    Path home;

    @Test
    void nextLinksPageThroughEveryUserOnceAndKeepTheQuery() {
        TestTenant tenant = new TestTenant(home);
        tenant.sandbox.reset(250);
        String token = tenant.adminSignIn("https://graph.microsoft.com").get("access_token").asText();
        Set<String> ids = new HashSet<>();
        String url = "https://graph.microsoft.com/v1.0/users?$select=id,displayName&$top=90";
        int pages = 0;
        while (url != null) {
            JsonNode page = TestTenant.json(tenant.get(url, token));
            page.get("value").forEach(user -> {
                assertEquals(2, user.size(), user::toString);
                ids.add(user.get("id").asText());
            });
            url = page.has("@odata.nextLink") ? page.get("@odata.nextLink").asText() : null;
            assertTrue(url == null || url.contains("$select=id%2CdisplayName") && url.contains("$top=90"), url);
            pages++;
        }
        assertEquals(250, ids.size());
        assertEquals(3, pages);
    }

    @Test
    void filtersByEqualityAndPrefixIgnoringCase() {
        TestTenant tenant = new TestTenant(home);
        String token = tenant.adminSignIn("https://graph.microsoft.com").get("access_token").asText();
        JsonNode eq = TestTenant.json(tenant.get("https://graph.microsoft.com/v1.0/users?$filter="
                + "userPrincipalName%20eq%20%27meganb%40contoso.onmicrosoft.com%27", token));
        assertEquals(1, eq.get("value").size());
        JsonNode prefix = TestTenant.json(tenant.get("https://graph.microsoft.com/v1.0/groups?$filter="
                + "groupTypes%2Fany(c%3Ac%20eq%20%27Unified%27)%20and%20startswith(displayName%2C%27m%27)", token));
        assertEquals("Mark 8 Project Team", prefix.get("value").get(0).get("displayName").asText());
        SandboxResponse unsupported = tenant.get("https://graph.microsoft.com/v1.0/users?$filter=endswith(mail,'x')", token);
        assertEquals(400, unsupported.status());
        assertEquals("Request_UnsupportedQuery", TestTenant.json(unsupported).at("/error/code").asText());
    }

    @Test
    void expiredForeignAndMisdirectedTokensGet401InGraphsShape() throws Exception {
        TestTenant tenant = new TestTenant(home);
        String sharePointToken = tenant.adminSignIn("https://contoso.sharepoint.com").get("access_token").asText();
        SandboxResponse audience = tenant.get("https://graph.microsoft.com/v1.0/users", sharePointToken);
        assertEquals(401, audience.status());
        assertEquals("InvalidAuthenticationToken", TestTenant.json(audience).at("/error/code").asText());
        assertTrue(audience.header("WWW-Authenticate").isPresent());
        String graphToken = tenant.adminSignIn("https://graph.microsoft.com").get("access_token").asText();
        tenant.sandbox.reset(25);
        SandboxResponse resigned = tenant.get("https://graph.microsoft.com/v1.0/users", graphToken);
        assertEquals(401, resigned.status(), "a reset makes a new key: old tokens fail their signature check");
        SandboxResponse none = tenant.send("GET", "https://graph.microsoft.com/v1.0/users", Map.of(), null);
        assertEquals("Access token is empty.", TestTenant.json(none).at("/error/message").asText());
    }

    @Test
    void aTokenPastItsExpiryIsRefused() {
        MutableClock clock = new MutableClock();
        TestTenant tenant = new TestTenant(home, clock);
        tenant.sandbox.tokenLifetime(Duration.ofSeconds(60));
        String token = tenant.adminSignIn("https://graph.microsoft.com").get("access_token").asText();
        assertEquals(200, tenant.get("https://graph.microsoft.com/v1.0/users/AlexW@contoso.onmicrosoft.com", token).status());
        clock.advance(Duration.ofSeconds(61));
        SandboxResponse expired = tenant.get("https://graph.microsoft.com/v1.0/users/AlexW@contoso.onmicrosoft.com", token);
        assertEquals(401, expired.status());
        assertTrue(TestTenant.json(expired).at("/error/message").asText().contains("expired"));
    }

    @Test
    void unemulatedRoutesAnswer400NamingTheSegment() {
        TestTenant tenant = new TestTenant(home);
        String token = tenant.adminSignIn("https://graph.microsoft.com").get("access_token").asText();
        SandboxResponse answer = tenant.get("https://graph.microsoft.com/v1.0/drives", token);
        assertEquals(400, answer.status());
        assertTrue(TestTenant.json(answer).at("/error/message").asText().contains("'drives'"));
        assertFalse(TestTenant.json(answer).at("/error/innerError/request-id").asText().isEmpty());
    }

    @Test
    void throttlingFaultsCarryRetryAfterAndSignInIsSparedUnlessIncluded() {
        TestTenant tenant = new TestTenant(home);
        tenant.sandbox.faults(new org.o365cli.sandbox.faults.Faults(100, java.util.List.of(429), 7, 0, false));
        String token = tenant.adminSignIn("https://graph.microsoft.com").get("access_token").asText();
        SandboxResponse throttled = tenant.get("https://graph.microsoft.com/v1.0/users", token);
        assertEquals(429, throttled.status());
        assertEquals("7", throttled.header("Retry-After").orElseThrow());
        assertEquals("TooManyRequests", TestTenant.json(throttled).at("/error/code").asText());
    }
}
