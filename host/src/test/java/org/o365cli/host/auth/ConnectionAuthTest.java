package org.o365cli.host.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.auth.AccessToken;
import org.o365cli.auth.NotConnectedException;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;
import org.o365cli.auth.ResourceNotDeclaredException;
import org.o365cli.host.config.JsonMapper;
import org.o365cli.host.store.ConnectionStore;
import org.o365cli.host.store.StoredConnection;
import org.o365cli.host.store.StoredCredential;

/** The two token methods, as the reference document defines them. */
class ConnectionAuthTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final String ADMIN = "https://contoso-admin.sharepoint.com";

    @TempDir
    Path home;

    private ConnectionStore store;
    private final List<String> requests = new ArrayList<>();
    private final TokenIssuer issuer = (connection, resource) -> {
        requests.add(resource.uri());
        return new TokenSet("new-token-for-" + resource.host(), NOW.plusSeconds(3600), "rotated-refresh-token", null);
    };

    @BeforeEach
    void connectToTheAdminSite() {
        store = new ConnectionStore(home, new JsonMapper());
    }

    private void connected(Instant expiresOn) {
        store.put(new StoredConnection("spo", "deviceCode", "app", "contoso.onmicrosoft.com", "Public", null, ADMIN,
                "admin-token", expiresOn, "refresh-token-1", "admin@contoso.com", "tid", "oid",
                Map.of("url", ADMIN, "tenantId", "abc"), StoredCredential.NONE, Map.of()));
    }

    private ConnectionAuth auth() {
        return new ConnectionAuth("spo", "spo-plugin", List.of("https://*.sharepoint.com"), store, issuer,
                Clock.fixed(NOW, ZoneOffset.UTC), () -> Duration.ofMinutes(5));
    }

    @Test
    void ensureReturnsTheCachedTokenWithoutARequest() {
        connected(NOW.plusSeconds(3600));

        AccessToken token = auth().ensureAccessToken(Resource.of(ADMIN));

        assertEquals("admin-token", token.value());
        assertTrue(requests.isEmpty());
    }

    @Test
    void ensureRenewsWithinTheMarginAndPersistsAccessAndRefreshToken() {
        connected(NOW.plusSeconds(120));

        AccessToken token = auth().ensureAccessToken(Resource.of(ADMIN));

        assertEquals("new-token-for-contoso-admin.sharepoint.com", token.value());
        StoredConnection stored = store.get("spo").orElseThrow();
        assertEquals(token.value(), stored.accessToken());
        assertEquals("rotated-refresh-token", stored.refreshToken());
        assertEquals(NOW.plusSeconds(3600), stored.expiresOn());
        assertEquals(List.of(ADMIN), requests);
    }

    @Test
    void getForAnotherSiteKeepsTheConnectionButItsRotatedRefreshTokenAndCachesTheToken() {
        connected(NOW.plusSeconds(3600));
        StoredConnection before = store.get("spo").orElseThrow();

        AccessToken token = auth().getAccessToken("https://contoso.sharepoint.com/sites/x/_api/web");

        assertEquals(Resource.of("https://contoso.sharepoint.com"), token.resource());
        StoredConnection after = store.get("spo").orElseThrow();
        assertEquals(before.resource(), after.resource());
        assertEquals("rotated-refresh-token", after.refreshToken(), "the old refresh token may be invalid now");
        assertEquals(before.expiresOn(), after.expiresOn());
        assertEquals(before.accessToken(), after.accessToken());
        assertEquals(before.properties(), after.properties());
        assertEquals(token.value(), after.secondaryTokens().get("https://contoso.sharepoint.com").accessToken());

        auth().getAccessToken("https://contoso.sharepoint.com/sites/y");
        assertEquals(1, requests.size(), "the second call uses the cached token");
    }

    @Test
    void getForTheConnectionsOwnResourceUsesItsValidToken() {
        connected(NOW.plusSeconds(3600));

        assertEquals("admin-token", auth().getAccessToken(ADMIN + "/_api/contextinfo").value());
        assertTrue(requests.isEmpty());
    }

    @Test
    void aForcedGetForTheOwnResourceReplacesTheMainToken() {
        connected(NOW.plusSeconds(3600));

        AccessToken token = auth().getAccessToken(ADMIN + "/_api/web", true);

        StoredConnection after = store.get("spo").orElseThrow();
        assertEquals("new-token-for-contoso-admin.sharepoint.com", token.value());
        assertEquals(token.value(), after.accessToken(), "the rejected token is not used again");
        assertEquals(NOW.plusSeconds(3600), after.expiresOn());
        assertTrue(after.secondaryTokens().isEmpty());
        assertEquals(token.value(), auth().getAccessToken(ADMIN).value());
        assertEquals(1, requests.size());
    }

    @Test
    void aShortLivedTokenIsKeptUntilHalfItsLifetimeEvenUnderALongerMargin() {
        // 300 s token issued 100 s ago: 200 s left, more than half of 300 s, though under the 5 min margin.
        String jwt = new com.nimbusds.jwt.PlainJWT(new com.nimbusds.jwt.JWTClaimsSet.Builder()
                .issueTime(java.util.Date.from(NOW.minusSeconds(100))).expirationTime(java.util.Date.from(NOW.plusSeconds(200)))
                .build()).serialize();
        store.put(new StoredConnection("spo", "deviceCode", "app", "contoso.onmicrosoft.com", "Public", null, ADMIN,
                jwt, NOW.plusSeconds(200), "refresh-token-1", "admin@contoso.com", "tid", "oid",
                Map.of("url", ADMIN), StoredCredential.NONE, Map.of()));

        assertEquals(jwt, auth().ensureAccessToken(Resource.of(ADMIN)).value());
        assertTrue(requests.isEmpty());
        ConnectionAuth later = new ConnectionAuth("spo", "spo-plugin", List.of("https://*.sharepoint.com"), store, issuer,
                Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC), () -> Duration.ofMinutes(5));
        assertEquals("new-token-for-contoso-admin.sharepoint.com", later.ensureAccessToken(Resource.of(ADMIN)).value(),
                "140 s left of 300 s: renewed");
    }

    @Test
    void undeclaredResourceIsRefusedNamingThePlugin() {
        connected(NOW.plusSeconds(3600));

        ResourceNotDeclaredException e = assertThrows(ResourceNotDeclaredException.class,
                () -> auth().getAccessToken("https://graph.microsoft.com/v1.0/me"));
        assertTrue(e.getMessage().contains("spo-plugin"), e.getMessage());
        assertTrue(e.getMessage().contains("https://graph.microsoft.com"), e.getMessage());
        assertTrue(requests.isEmpty());
    }

    @Test
    void ensureForAnotherResourceIsAMistakeTheMessageExplains() {
        connected(NOW.plusSeconds(3600));

        O365Exception e = assertThrows(O365Exception.class, () -> auth().ensureAccessToken(Resource.of("https://contoso.sharepoint.com")));
        assertTrue(e.getMessage().contains("getAccessToken"), e.getMessage());
    }

    @Test
    void withoutAConnectionBothSayWhichConnectToRun() {
        assertTrue(assertThrows(NotConnectedException.class, () -> auth().ensureAccessToken(Resource.of(ADMIN)))
                .getMessage().contains("o365 spo connect"));
        assertThrows(NotConnectedException.class, () -> auth().getAccessToken(ADMIN));
    }

    @Test
    void malformedUrlIsAClearError() {
        connected(NOW.plusSeconds(3600));

        assertTrue(assertThrows(IllegalArgumentException.class, () -> auth().getAccessToken("contoso.sharepoint.com"))
                .getMessage().contains("not an absolute http(s) URL"));
    }
}
