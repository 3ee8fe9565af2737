package org.o365cli.host.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o365cli.auth.ApiUrl;
import org.o365cli.auth.Auth;
import org.o365cli.auth.Cancellation;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.CommandLog;
import org.o365cli.auth.Http;
import org.o365cli.auth.Resource;
import org.o365cli.auth.ResourceNotDeclaredException;
import org.o365cli.host.config.JsonMapper;
import org.o365cli.host.store.ConnectionStore;
import org.o365cli.host.store.StoredConnection;
import org.o365cli.host.store.StoredCredential;

/** A plugin's declared public-cloud names stand for its connection's cloud's own. */
class ConnectionAuthCloudTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @TempDir
    Path home;

    private final List<String> requests = new ArrayList<>();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Public    | https://graph.microsoft.com             | https://contoso.sharepoint.com",
        "USGov     | https://graph.microsoft.com             | https://contoso.sharepoint.com",
        "USGovHigh | https://graph.microsoft.us              | https://contoso.sharepoint.us",
        "USGovDoD  | https://dod-graph.microsoft.us          | https://contoso.sharepoint-mil.us",
        "China     | https://microsoftgraph.chinacloudapi.cn | https://contoso.sharepoint.cn"})
    void declaredResourcesAreCheckedInTheConnectionsCloud(String cloud, String graph, String site) {
        ConnectionAuth auth = connected(cloud, graph, List.of("https://graph.microsoft.com", "https://*.sharepoint.com"));

        assertEquals("graph-token", auth.ensureAccessToken(Resource.of(graph)).value());
        assertEquals("graph-token", auth.getAccessToken(graph + "/v1.0/me").value());
        assertEquals("token-for-" + Resource.of(site).host(), auth.getAccessToken(site + "/sites/team/_api/web").value());
        assertEquals(Resource.of(graph), auth.inCloud("https://graph.microsoft.com"));
        assertEquals(Resource.of("https://api.contoso.com"), auth.inCloud("https://api.contoso.com"));
        assertEquals(graph + "/v1.0/users/a%20b", ApiUrl.on(context(auth), "https://graph.microsoft.com", "/v1.0/users")
                .segment("a b").toString());
        assertEquals(List.of(site), requests);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "USGovHigh | https://graph.microsoft.us              | https://graph.microsoft.com/v1.0/me     | https://graph.microsoft.us",
        "USGovDoD  | https://dod-graph.microsoft.us          | https://contoso.sharepoint.com/sites/x  | https://contoso.sharepoint-mil.us",
        "China     | https://microsoftgraph.chinacloudapi.cn | https://graph.microsoft.com             | https://microsoftgraph.chinacloudapi.cn"})
    void aPublicNameOnANationalConnectionIsRefusedNamingTheCloudsOwn(String cloud, String graph, String asked, String inCloud) {
        ConnectionAuth auth = connected(cloud, graph, List.of("https://graph.microsoft.com", "https://*.sharepoint.com"));

        ResourceNotDeclaredException e = assertThrows(ResourceNotDeclaredException.class, () -> auth.getAccessToken(asked));

        assertTrue(e.getMessage().contains("connected to the " + cloud + " cloud, where that API is " + inCloud), e.getMessage());
        assertTrue(e.getMessage().contains("ApiUrl.onConnection or ApiUrl.on"), e.getMessage());
        assertTrue(requests.isEmpty());
    }

    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource(delimiter = '|', value = {
        "USGovHigh | https://contoso.sharepoint-mil.us",
        "USGovDoD  | https://contoso.sharepoint.us",
        "China     | https://graph.microsoft.us"})
    void anotherNationalCloudsResourceIsNotDeclared(String cloud, String asked) {
        ConnectionAuth auth = connected(cloud, "https://x.example", List.of("https://graph.microsoft.com", "https://*.sharepoint.com"));

        ResourceNotDeclaredException e = assertThrows(ResourceNotDeclaredException.class, () -> auth.getAccessToken(asked));

        assertTrue(e.getMessage().contains("does not declare"), e.getMessage());
        assertTrue(requests.isEmpty());
    }

    /** A command's context that has only its Auth, as ApiUrl needs. */
    private static CommandContext context(ConnectionAuth auth) {
        return new CommandContext() {
            public String service() {
                return "graph";
            }

            public Auth auth() {
                return auth;
            }

            public Http http() {
                throw new UnsupportedOperationException();
            }

            public CommandLog log() {
                throw new UnsupportedOperationException();
            }

            public ObjectMapper json() {
                throw new UnsupportedOperationException();
            }

            public Cancellation cancellation() {
                throw new UnsupportedOperationException();
            }

            public boolean confirm(boolean force, String action) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private ConnectionAuth connected(String cloud, String resource, List<String> declared) {
        ConnectionStore store = new ConnectionStore(home, new JsonMapper());
        store.put(new StoredConnection("graph", "deviceCode", "app", "contoso.onmicrosoft.com", cloud, null, resource,
                "graph-token", NOW.plusSeconds(3600), "refresh-token", "adele@contoso.com", "tid", "oid", Map.of(),
                StoredCredential.NONE, Map.of()));
        TokenIssuer issuer = (connection, asked) -> {
            requests.add(asked.uri());
            return new TokenSet("token-for-" + asked.host(), NOW.plusSeconds(3600), null, null);
        };
        return new ConnectionAuth("graph", "graph-plugin", declared, store, issuer, Clock.fixed(NOW, ZoneOffset.UTC),
                () -> Duration.ofMinutes(5));
    }
}
