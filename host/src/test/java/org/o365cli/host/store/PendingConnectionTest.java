package org.o365cli.host.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.ConnectionAuth;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.config.JsonMapper;

/** The connection {@code connect}'s after-step works on: its renewals stay in it, the store is not touched. */
class PendingConnectionTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final String ADMIN = "https://contoso-admin.sharepoint.com";

    @TempDir
    Path home;

    @Test
    void tokensTheAfterStepAsksForStayInThePendingConnectionNotTheStore() {
        ConnectionStore store = new ConnectionStore(home, new JsonMapper());
        StoredConnection previous = store.put(connection("https://contoso.sharepoint.com", "previous-token"));
        PendingConnection pending = new PendingConnection(connection(ADMIN, "admin-token"));
        ConnectionAuth auth = new ConnectionAuth("spo", "spo-plugin", List.of("https://*.sharepoint.com"), pending,
                (connection, resource) -> new TokenSet("token-for-" + resource.host(), NOW.plusSeconds(3600), "rotated", null),
                Clock.fixed(NOW, ZoneOffset.UTC), () -> Duration.ofMinutes(5));

        assertEquals(ADMIN, auth.connection().resource().uri());
        assertEquals("admin-token", auth.ensureAccessToken(Resource.of(ADMIN)).value());
        assertEquals("token-for-contoso.sharepoint.com", auth.getAccessToken("https://contoso.sharepoint.com/sites/a").value());

        StoredConnection made = pending.current();
        assertEquals("token-for-contoso.sharepoint.com", made.secondaryTokens().get("https://contoso.sharepoint.com").accessToken());
        assertEquals("rotated", made.refreshToken());
        assertEquals(previous, store.get("spo").orElseThrow());
    }

    @Test
    void otherServicesAndRemovalAreRefused() {
        PendingConnection pending = new PendingConnection(connection(ADMIN, "admin-token"));

        assertFalse(pending.get("graph", null).isPresent());
        assertTrue(pending.get("spo", null).isPresent());
        assertThrows(IllegalStateException.class, () -> pending.withLock("spo", current -> LockedAction.Outcome.remove(null)));
        assertThrows(IllegalArgumentException.class, () -> pending.withLock("spo", current -> LockedAction.Outcome.replace(
                new StoredConnection("graph", "secret", "app", "t", "Public", null, "https://graph.microsoft.com", "g",
                        NOW.plusSeconds(3600), null, "app", "tid", "oid", Map.of(), StoredCredential.NONE, Map.of()), null)));
        assertEquals("admin-token", pending.current().accessToken());
    }

    private static StoredConnection connection(String resource, String token) {
        return new StoredConnection("spo", "deviceCode", "app", "contoso.onmicrosoft.com", "Public", null, resource,
                token, NOW.plusSeconds(3600), "refresh-token-1", "admin@contoso.com", "tid", "oid",
                Map.of("url", resource), StoredCredential.NONE, Map.of());
    }
}
