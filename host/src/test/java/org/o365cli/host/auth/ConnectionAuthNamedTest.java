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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;
import org.o365cli.auth.UsageException;
import org.o365cli.host.config.JsonMapper;
import org.o365cli.host.store.ConnectionStore;
import org.o365cli.host.store.StoredConnection;
import org.o365cli.host.store.StoredCredential;

/** An Auth on one of several connections of its service. */
class ConnectionAuthNamedTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final String GRAPH = "https://graph.microsoft.com";

    @TempDir
    Path home;

    private final List<String> renewed = new ArrayList<>();

    private ConnectionStore store(String... names) {
        ConnectionStore store = new ConnectionStore(home, new JsonMapper());
        for (String name : names) {
            store.put(new StoredConnection("graph", "deviceCode", "app", name + ".onmicrosoft.com", "Public", null, GRAPH,
                    name + "-token", NOW.plusSeconds(60), "refresh", "admin@" + name + ".onmicrosoft.com", "tid-" + name, "oid",
                    Map.of(), StoredCredential.NONE, Map.of(), name, "graph-plugin"));
        }
        return store;
    }

    private ConnectionAuth auth(ConnectionStore store, String owner, String chosen) {
        TokenIssuer issuer = (connection, resource) -> {
            renewed.add(connection.name());
            return new TokenSet("renewed-" + connection.name(), NOW.plusSeconds(3600), null, null);
        };
        return new ConnectionAuth(new ConnectionAuth.Binding("graph", "some-plugin", owner, () -> chosen), List.of(GRAPH), store,
                issuer, Clock.fixed(NOW, ZoneOffset.UTC), () -> Duration.ofMinutes(5), connection -> { });
    }

    @Test
    void theChosenConnectionIsRenewedAndKeptTheOthersAreNotTouched() {
        ConnectionStore store = store("contoso", "fabrikam");

        assertEquals("renewed-contoso", auth(store, "graph-plugin", "contoso").ensureAccessToken(Resource.of(GRAPH)).value());

        assertEquals(List.of("contoso"), renewed);
        assertEquals("renewed-contoso", store.get("graph", "contoso").orElseThrow().accessToken());
        assertEquals("fabrikam-token", store.get("graph", "fabrikam").orElseThrow().accessToken());
        assertEquals("fabrikam", store.get("graph").orElseThrow().name(), "the active connection stays");
    }

    @Test
    void anAuthKeepsTheConnectionItStartedWithWhenAnotherBecomesActive() {
        ConnectionStore store = store("contoso", "fabrikam");
        ConnectionAuth auth = auth(store, "graph-plugin", null);
        assertEquals("renewed-fabrikam", auth.getAccessToken(GRAPH).value());

        store.use("graph", "contoso");

        assertEquals("renewed-fabrikam", auth.getAccessToken(GRAPH + "/v1.0/users").value());
        assertEquals("fabrikam.onmicrosoft.com", auth.connection().tenant());
        assertEquals(List.of("fabrikam"), renewed);
    }

    @Test
    void aConnectionOfAnotherPluginIsRefusedBeforeAnyTokenRequest() {
        ConnectionStore store = store("contoso");

        O365Exception e = assertThrows(O365Exception.class, () -> auth(store, "impostor", null).getAccessToken(GRAPH));

        assertTrue(e.getMessage().startsWith("The graph connection 'contoso' was made with plugin 'graph-plugin', not 'impostor'"),
                e.getMessage());
        assertTrue(renewed.isEmpty());
        assertThrows(UsageException.class, () -> auth(store, "graph-plugin", "nobody").getAccessToken(GRAPH));
    }
}
