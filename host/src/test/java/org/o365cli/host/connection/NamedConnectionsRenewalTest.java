package org.o365cli.host.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o365cli.host.connection.NamedConnectionsEndToEndTest.ADELE;
import static org.o365cli.host.connection.NamedConnectionsEndToEndTest.ADMIN;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.host.auth.claims.TokenClaims;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.config.JsonMapper;
import org.o365cli.host.plugin.TestPlugins;
import org.o365cli.host.store.ConnectionStore;
import org.o365cli.host.store.LockedAction.Outcome;
import org.o365cli.host.store.StoredConnection;

/** The auth contract per connection: renewal of the chosen one only, single flight, ownership by plugin. */
class NamedConnectionsRenewalTest {

    private static final String USERS = "https://graph.microsoft.com/v1.0/users";

    @TempDir
    Path root;

    private CliRunner o365;
    private ConnectionStore store;

    @BeforeEach
    void connectBothAndExpireTheirTokens() {
        o365 = NamedConnectionsEndToEndTest.twoConnections(root);
        store = new ConnectionStore(o365.home(), new JsonMapper());
        for (String name : List.of(ADMIN, "adele")) {
            store.withLock("graph", name, current -> Outcome.replace(current.orElseThrow()
                    .withTokens(current.orElseThrow().accessToken(), Instant.now().minusSeconds(60), null), null));
        }
    }

    private StoredConnection stored(String name) {
        return store.get("graph", name).orElseThrow();
    }

    @Test
    void aPluginCommandGivenAConnectionRenewsThatOneOnlyAndLeavesTheActiveOneActive() {
        String adeleBefore = stored("adele").accessToken();
        String adminBefore = stored(ADMIN).accessToken();

        Result users = o365.run("graph", "api", "--url", USERS, "--ensure", "--connection", ADMIN);

        assertEquals(0, users.exitCode(), users::toString);
        assertNotEquals(adminBefore, stored(ADMIN).accessToken());
        assertEquals(ADMIN, TokenClaims.read(stored(ADMIN).accessToken()).connectedAs());
        assertEquals(adeleBefore, stored("adele").accessToken());
        assertEquals("adele", store.get("graph").orElseThrow().name());
    }

    @Test
    void aConnectionIsUsedOnlyByThePluginThatMadeIt() throws Exception {
        String before = Files.readString(store.file());
        o365.ship(TestPlugins.service("impostor", "graph", "https://graph.microsoft.com"), "graph.jar");

        Result refused = o365.run("graph", "api", "--url", USERS, "--ensure");

        assertEquals(1, refused.exitCode(), refused::toString);
        assertEquals("Error: The graph connection 'adele' was made with plugin 'graph', not 'impostor' which provides graph"
                + " now, so 'impostor' may not use it; connect again with 'o365 graph connect' to make one for it\n", refused.err());
        assertEquals("", refused.out());
        assertEquals(before, Files.readString(store.file()), "nothing renewed, nothing changed");
    }

    @Test
    void aConnectionStoredBeforePluginsWereRecordedIsTheOwnersAfterItsFirstRenewal() {
        store.withLock("graph", "adele", current -> Outcome.replace(current.orElseThrow().withPluginId(null), null));

        assertEquals(0, o365.run("graph", "api", "--url", USERS, "--ensure").exitCode());

        assertEquals("graph", stored("adele").pluginId());
    }

    @Test
    void processesRenewingDifferentConnectionsAtOnceKeepEveryRenewalAndRenewEachOnce() throws Exception {
        List<String> names = List.of("adele", ADMIN, "adele", ADMIN);
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            processes.add(o365.process("util", "accesstoken", "get", "--resource", "graph", "--connection", names.get(i))
                    .redirectOutput(root.resolve("out-" + i).toFile()).redirectError(root.resolve("err-" + i).toFile()).start());
        }
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!processes.get(i).waitFor(120, TimeUnit.SECONDS)) {
                processes.get(i).destroyForcibly();
                throw new AssertionError("process " + i + " did not finish");
            }
            assertEquals(0, processes.get(i).exitValue(), Files.readString(root.resolve("err-" + i)));
            tokens.add(Files.readString(root.resolve("out-" + i), StandardCharsets.UTF_8).trim());
        }

        // One renewal per connection (each sandbox token has its own id), and both renewals kept.
        assertEquals(tokens.get(0), tokens.get(2));
        assertEquals(tokens.get(1), tokens.get(3));
        assertEquals(ADELE, TokenClaims.read(tokens.get(0)).connectedAs());
        assertEquals(ADMIN, TokenClaims.read(tokens.get(1)).connectedAs());
        assertEquals(tokens.get(0), stored("adele").accessToken());
        assertEquals(tokens.get(1), stored(ADMIN).accessToken());
        assertTrue(stored("adele").expiresOn().isAfter(Instant.now()));
        assertFalse(tokens.get(0).equals(tokens.get(1)));
        assertEquals("adele", store.get("graph").orElseThrow().name());
    }
}
