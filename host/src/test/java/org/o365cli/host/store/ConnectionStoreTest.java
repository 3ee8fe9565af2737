package org.o365cli.host.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o365cli.host.store.StoreSamples.graph;
import static org.o365cli.host.store.StoreSamples.spo;
import static org.o365cli.host.store.StoreSamples.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.host.store.LockedAction.Outcome;

class ConnectionStoreTest {

    @TempDir
    Path temp;

    private Path home() {
        return temp.resolve(".o365");
    }

    @Test
    void aMissingFileIsAnEmptyStore() {
        ConnectionStore store = store(home());

        assertEquals(Optional.empty(), store.get("spo"));
        assertEquals(List.of(), store.all());
        assertFalse(store.remove("spo"));
        assertFalse(Files.exists(store.file()), "reading or removing nothing writes nothing");
    }

    @Test
    void everyFieldSurvivesARoundTripThroughTheFile() {
        store(home()).put(spo());

        StoredConnection read = store(home()).get("spo").orElseThrow();

        assertEquals(spo(), read);
        assertEquals(spo().credential(), read.credential());
        assertEquals(spo().secondaryTokens(), read.secondaryTokens());
        assertEquals(StoreSamples.EXPIRES_ON, read.expiresOn(), "nanoseconds are kept");
    }

    @Test
    void absentFieldsReadBackAsTheRecordDefaults() {
        store(home()).put(graph("graph"));

        assertEquals(graph("graph"), store(home()).get("graph").orElseThrow());
    }

    @Test
    void theFileIsVersionTwoWithConnectionsByServiceAndNameInstantsAsIsoStringsAndNoNulls() throws IOException {
        ConnectionStore store = store(home());
        store.put(graph("graph"));

        JsonNode root = new ObjectMapper().readTree(store.file().toFile());

        assertEquals(2, root.get("version").intValue());
        assertEquals("automation", root.get("services").get("graph").get("active").textValue());
        JsonNode graph = root.get("services").get("graph").get("connections").get("automation");
        assertEquals("graph", graph.get("service").textValue());
        assertEquals("graph-plugin", graph.get("pluginId").textValue());
        assertEquals("2026-11-28T03:45:00Z", graph.get("expiresOn").textValue());
        assertFalse(graph.has("authority"), "null fields are left out");
        assertFalse(graph.has("refreshToken"), "null fields are left out");
    }

    @Test
    void theFileIsPrivateInAPrivateFolderAndSoIsTheLockFile() throws IOException {
        ConnectionStore store = store(home());
        store.put(spo());

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(home().resolve("connections.json.lock"))));
    }

    @Test
    void unknownFieldsInsideAConnectionAndAtTheTopAreIgnored() throws IOException {
        Files.createDirectories(home());
        Files.writeString(home().resolve("connections.json"), """
                {"version": 1, "writtenBy": "o365 1.4",
                 "connections": {"graph": {"service": "graph", "authType": "secret", "resource": "https://graph.microsoft.com",
                   "expiresOn": "2026-11-28T03:45:00Z", "pinnedScopes": ["User.Read"], "credential": {"kind": "future"}}}}
                """);

        StoredConnection graph = store(home()).get("graph").orElseThrow();

        assertEquals("https://graph.microsoft.com", graph.resource());
        assertEquals(Instant.parse("2026-11-28T03:45:00Z"), graph.expiresOn());
        assertEquals(StoredCredential.NONE, graph.credential());
    }

    @Test
    void theServiceIsTheKeyTheConnectionIsStoredUnder() throws IOException {
        Files.createDirectories(home());
        Files.writeString(home().resolve("connections.json"), """
                {"version": 1, "connections": {"aad": {"service": "graph", "authType": "secret"}, "spo": {"authType": "deviceCode"}}}
                """);

        assertEquals(List.of("aad", "spo"), store(home()).all().stream().map(StoredConnection::service).toList());
    }

    @Test
    void allListsConnectionsSortedByService() {
        ConnectionStore store = store(home());
        Stream.of("spo", "graph", "aad").forEach(service -> store.put(service.equals("spo") ? spo() : graph(service)));

        assertEquals(List.of("aad", "graph", "spo"), store.all().stream().map(StoredConnection::service).toList());
    }

    @Test
    void puttingOneServiceKeepsAnotherExactly() throws IOException {
        ConnectionStore store = store(home());
        store.put(spo());
        store.put(graph("graph"));
        JsonNode spoBefore = new ObjectMapper().readTree(store.file().toFile()).get("services").get("spo");

        store.put(graph("graph").withTokens("eyJnew", Instant.parse("2026-11-29T00:00:00Z"), null));

        assertEquals(spo(), store.get("spo").orElseThrow());
        assertEquals(spoBefore, new ObjectMapper().readTree(store.file().toFile()).get("services").get("spo"));
        assertEquals("eyJnew", store.get("graph").orElseThrow().accessToken());
    }

    @Test
    void removeTakesOnlyThatServiceAndSaysWhetherItWasThere() {
        ConnectionStore store = store(home());
        store.put(spo());
        store.put(graph("graph"));

        assertTrue(store.remove("graph"));
        assertFalse(store.remove("graph"));
        assertEquals(List.of(spo()), store.all());
    }

    @Test
    void removeAllLeavesAnEmptyButValidFile() throws IOException {
        ConnectionStore store = store(home());
        store.put(spo());
        store.put(graph("graph"));

        store.removeAll();

        assertEquals(List.of(), store.all());
        assertEquals(2, new ObjectMapper().readTree(store.file().toFile()).get("version").intValue());
    }

    @Test
    void withLockReplacingTheConnectionStoresItAndReturnsTheValue() {
        ConnectionStore store = store(home());
        store.put(StoreSamples.expiredSpo());
        store.put(graph("graph"));

        String token = store.withLock("spo", current -> {
            StoredConnection renewed = current.orElseThrow().withTokens("eyJfresh", Instant.parse("2026-11-29T00:00:00Z"), "0.new");
            return Outcome.replace(renewed, renewed.accessToken());
        });

        assertEquals("eyJfresh", token);
        assertEquals("0.new", store.get("spo").orElseThrow().refreshToken());
        assertEquals(graph("graph"), store.get("graph").orElseThrow());
    }

    @Test
    void withLockKeepingTheConnectionDoesNotRewriteTheFile() throws IOException {
        ConnectionStore store = store(home());
        store.put(spo());
        Files.writeString(store.file(), Files.readString(store.file()) + "\n\n");
        byte[] before = Files.readAllBytes(store.file());

        String token = store.withLock("spo", current -> Outcome.keep(current.orElseThrow().accessToken()));

        assertEquals(spo().accessToken(), token);
        assertArrayEquals(before, Files.readAllBytes(store.file()));
    }

    @Test
    void withLockSeesAMissingConnectionAsEmptyAndCanRemoveOne() {
        ConnectionStore store = store(home());
        store.put(spo());

        assertEquals(Boolean.FALSE, store.withLock("graph", current -> Outcome.keep(current.isPresent())));
        assertEquals("removed", store.withLock("spo", current -> Outcome.remove("removed")));
        assertEquals(Optional.empty(), store.get("spo"));
    }

    @Test
    void anActionThatThrowsLeavesTheFileAsItWas() throws IOException {
        ConnectionStore store = store(home());
        store.put(spo());
        byte[] before = Files.readAllBytes(store.file());

        assertThrows(IllegalStateException.class, () -> store.withLock("spo", current -> {
            throw new IllegalStateException("token endpoint unreachable");
        }));

        assertArrayEquals(before, Files.readAllBytes(store.file()));
        assertEquals(spo(), store.withLock("spo", current -> Outcome.keep(current.orElseThrow())), "the lock was released");
    }

    @Test
    void anActionCannotStoreAConnectionOfAnotherService() {
        ConnectionStore store = store(home());
        store.put(spo());

        assertThrows(IllegalArgumentException.class, () -> store.withLock("spo", current -> Outcome.replace(graph("graph"), null)));
        assertEquals(List.of(spo()), store.all());
    }

    @Test
    void aChangeInsideAnotherChangeIsRefusedRatherThanLost() {
        ConnectionStore store = store(home());
        store.put(spo());

        assertThrows(IllegalStateException.class, () -> store.withLock("spo", current -> {
            store.put(graph("graph"));
            return Outcome.keep(null);
        }));
        assertEquals(List.of(spo()), store.all());
    }

    @Test
    void readingInsideAnActionIsAllowed() {
        ConnectionStore store = store(home());
        store.put(spo());

        int seen = store.withLock("graph", current -> Outcome.keep(store.all().size()));

        assertEquals(1, seen);
    }

    @Test
    void outcomesNeverShowTheirValue() {
        assertFalse(Outcome.keep(StoreSamples.ACCESS_TOKEN).toString().contains(StoreSamples.SECRET_MARK));
        assertFalse(Outcome.replace(spo(), StoreSamples.ACCESS_TOKEN).toString().contains(StoreSamples.SECRET_MARK));
        assertFalse(Outcome.remove(StoreSamples.ACCESS_TOKEN).toString().contains(StoreSamples.SECRET_MARK));
    }
}
