package org.o365cli.host.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.config.JsonMapper;

/** connections.json: private, atomic, never losing a connection, and careful with bad files. */
class ConnectionStoreTest {

    static final String SECRET_TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJ4In0.c2lnbmF0dXJl-secret";

    @TempDir
    Path home;

    static StoredConnection connection(String service, String token, Instant expiresOn) {
        return new StoredConnection(service, "deviceCode", "app-1", "contoso.onmicrosoft.com", "Public", null,
                "https://" + service + ".example.com", token, expiresOn, "refresh-" + service, "admin@contoso.com",
                "tid-1", "oid-1", Map.of("url", "https://" + service + ".example.com/sites/x"),
                new StoredCredential("client-secret", null, null, null),
                Map.of("https://other.example.com", new StoredToken("other-token", expiresOn)));
    }

    private ConnectionStore store() {
        return new ConnectionStore(home, new JsonMapper());
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        StoredConnection spo = connection("spo", "token-1", Instant.parse("2026-11-28T10:00:00Z"));
        store().put(spo);

        assertEquals(spo, store().get("spo").orElseThrow());
    }

    @Test
    void fileAndFolderArePrivate() throws Exception {
        store().put(connection("spo", "t", Instant.now()));

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("connections.json"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home)));
    }

    @Test
    void changingOneServiceKeepsTheOthersExactly() {
        StoredConnection graph = connection("graph", "g", Instant.parse("2026-11-28T10:00:00Z"));
        store().put(graph);
        store().put(connection("spo", "s", Instant.now()));
        store().remove("spo");

        assertEquals(List.of(graph), store().all());
        store().removeAll();
        assertTrue(store().all().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "{\"version\": 1, \"connections\": {\"spo\": {\"accessToken\": \"" + SECRET_TOKEN + "\", ",
        "[1, 2]", "{\"connections\": {}}", "{\"version\": 1, \"connections\": {\"spo\": {\"expiresOn\": \"soon\"}}}"})
    void corruptFileIsMovedAsideWithAMessageNamingBothFiles(String content) throws Exception {
        Path file = home.resolve("connections.json");
        Files.writeString(file, content);

        O365Exception error = assertThrows(O365Exception.class, () -> store().get("spo"));

        Path aside;
        try (Stream<Path> files = Files.list(home)) {
            aside = files.filter(p -> p.getFileName().toString().startsWith("connections.json.corrupt-")).findFirst().orElseThrow();
        }
        assertEquals(content, Files.readString(aside), "the bad file is kept as it was");
        assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains(aside.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("connect again"), error.getMessage());
        assertFalse(error.getMessage().contains(SECRET_TOKEN), "no token in the message");
        assertFalse(error.getMessage().contains("\n"), "one line");
        store().put(connection("graph", "g", Instant.now()));
        assertEquals(1, store().all().size(), "the store works again");
    }

    @Test
    void fileFromANewerVersionIsRefusedAndLeftAlone() throws Exception {
        Path file = home.resolve("connections.json");
        byte[] newer = "{\"version\": 2, \"connections\": {}, \"future\": true}".getBytes();
        Files.write(file, newer);

        assertTrue(assertThrows(O365Exception.class, () -> store().all()).getMessage().contains("written by a newer o365"));
        assertThrows(O365Exception.class, () -> store().put(connection("spo", "t", Instant.now())));
        assertArrayEquals(newer, Files.readAllBytes(file));
    }

    @Test
    void unreadableFileIsAClearErrorAndNotMoved() throws Exception {
        Files.createDirectories(home.resolve("connections.json"));

        O365Exception error = assertThrows(O365Exception.class, () -> store().all());

        assertTrue(error.getMessage().startsWith("Cannot read " + home.resolve("connections.json")), error.getMessage());
        assertTrue(Files.isDirectory(home.resolve("connections.json")));
    }

    @Test
    void threadsRenewingTogetherMakeOneRequest() throws Exception {
        store().put(connection("spo", "expired", Instant.parse("2020-01-01T00:00:00Z")));
        AtomicInteger requests = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> tokens = pool.invokeAll(java.util.Collections.nCopies(16, () -> store().withLock("spo", c -> {
                StoredConnection current = c.orElseThrow();
                if (!current.accessToken().equals("expired")) {
                    return ConnectionStore.Locked.keep(current.accessToken());
                }
                requests.incrementAndGet();
                return ConnectionStore.Locked.replace(current.withTokens("fresh", Instant.now().plusSeconds(3600), "rt-2"), "fresh");
            })));
            for (Future<String> token : tokens) {
                assertEquals("fresh", token.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, requests.get());
        assertEquals("rt-2", store().get("spo").orElseThrow().refreshToken());
    }
}
