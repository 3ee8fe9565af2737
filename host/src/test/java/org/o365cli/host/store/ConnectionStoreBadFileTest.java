package org.o365cli.host.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o365cli.host.store.StoreSamples.ACCESS_TOKEN;
import static org.o365cli.host.store.StoreSamples.SECRET_MARK;
import static org.o365cli.host.store.StoreSamples.graph;
import static org.o365cli.host.store.StoreSamples.spo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.store.LockedAction.Outcome;

class ConnectionStoreBadFileTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T03:15:00Z"), ZoneOffset.UTC);
    private static final String ASIDE = "connections.json.corrupt-20261128-031500";

    @TempDir
    Path home;

    private ConnectionStore store() {
        return new ConnectionStore(home, StoreSamples.json(), CLOCK);
    }

    private Path file() {
        return home.resolve("connections.json");
    }

    /** Damaged files, each holding a token that Jackson's own messages would quote. */
    static Stream<Arguments> corruptFiles() {
        String valid = new String(new ConnectionsFile(StoreSamples.json()).encode(new TreeMap<>(Map.of("spo",
                new ServiceConnections(spo().name(), new TreeMap<>(Map.of(spo().name(), spo())))))),
                StandardCharsets.UTF_8);
        String t = ACCESS_TOKEN;
        return Stream.of(
                // Jackson quotes an unrecognised word up to the first character that cannot be in a Java name.
                Arguments.of("not JSON", "eyJ" + SECRET_MARK + "garbage " + t + "\n"),
                Arguments.of("an unquoted token", "{\"version\": 1, \"connections\": {\"spo\": {\"accessToken\": eyJ" + SECRET_MARK + "x}}}"),
                Arguments.of("truncated inside a token", valid.substring(0, valid.indexOf(t) + 40)),
                Arguments.of("truncated after a connection", valid.substring(0, valid.lastIndexOf('}') - 1)),
                Arguments.of("empty", ""),
                Arguments.of("a JSON array", "[{\"version\": 1, \"accessToken\": \"" + t + "\"}]"),
                Arguments.of("a JSON string", "\"" + t + "\""),
                Arguments.of("no version", "{\"connections\": {\"spo\": {\"accessToken\": \"" + t + "\"}}}"),
                Arguments.of("a version that is text", "{\"version\": \"" + t + "\", \"connections\": {}}"),
                Arguments.of("version zero", "{\"version\": 0, \"connections\": {}}"),
                Arguments.of("no connections", "{\"version\": 1, \"spo\": {\"accessToken\": \"" + t + "\"}}"),
                Arguments.of("connections as an array", "{\"version\": 1, \"connections\": [\"" + t + "\"]}"),
                Arguments.of("a connection that is text", "{\"version\": 1, \"connections\": {\"spo\": \"" + t + "\"}}"),
                Arguments.of("an expiry that is a token", "{\"version\": 1, \"connections\": {\"spo\": {\"expiresOn\": \"" + t + "\"}}}"),
                Arguments.of("an expiry that is a number", "{\"version\": 1, \"connections\": {\"spo\": {\"expiresOn\": 1795000000}}}"),
                Arguments.of("a token that is an object", "{\"version\": 1, \"connections\": {\"spo\": {\"accessToken\": {\"v\": \"" + t + "\"}}}}"),
                Arguments.of("a secondary token that is text",
                        "{\"version\": 1, \"connections\": {\"spo\": {\"secondaryTokens\": {\"https://contoso.sharepoint.com\": \"" + t + "\"}}}}"),
                Arguments.of("a null property", "{\"version\": 1, \"connections\": {\"spo\": {\"accessToken\": \"" + t + "\", \"properties\": {\"url\": null}}}}"),
                Arguments.of("an empty connection", "{\"version\": 1, \"connections\": {\"spo\": {}}}"),
                Arguments.of("a connection without its authType", "{\"version\": 1, \"connections\": {\"spo\": "
                        + "{\"resource\": \"https://contoso.sharepoint.com\", \"accessToken\": \"" + t + "\"}}}"),
                Arguments.of("trailing text", valid + "\n" + t + "\n"),
                Arguments.of("format 2 without services", "{\"version\": 2, \"connections\": {\"spo\": {\"accessToken\": \"" + t + "\"}}}"),
                Arguments.of("format 2 with a service that is text", "{\"version\": 2, \"services\": {\"spo\": \"" + t + "\"}}"),
                Arguments.of("format 2 with an active name that is an object", "{\"version\": 2, \"services\": {\"spo\": "
                        + "{\"active\": {\"t\": \"" + t + "\"}, \"connections\": {}}}}"),
                Arguments.of("format 2 with a connection that is text", "{\"version\": 2, \"services\": {\"spo\": "
                        + "{\"connections\": {\"admin\": \"" + t + "\"}}}}"),
                Arguments.of("format 2 with a connection without its authType", "{\"version\": 2, \"services\": {\"spo\": "
                        + "{\"connections\": {\"admin\": {\"accessToken\": \"" + t + "\"}}}}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corruptFiles")
    void aCorruptFileMetOnReadIsMovedAsideAndTheStoreStartsEmpty(String what, String content) throws IOException {
        write(content);
        ConnectionStore store = store();

        O365Exception e = assertThrows(O365Exception.class, () -> store.get("spo"));

        assertMovedAside(e, content, "'o365 spo connect'");
        assertEquals(List.of(), store.all());
        store.put(spo());
        assertEquals(spo(), store.get("spo").orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corruptFiles")
    void aCorruptFileMetOnWriteIsMovedAsideUnderTheLockAndTheNextWriteSucceeds(String what, String content) throws IOException {
        write(content);
        ConnectionStore store = store();

        O365Exception e = assertThrows(O365Exception.class, () -> store.put(graph("graph")));

        assertMovedAside(e, content, "'o365 graph connect'");
        store.put(graph("graph"));
        assertEquals(List.of(graph("graph")), store.all());
    }

    @Test
    void aCorruptFileMetByWithLockIsMovedAsideWithoutRunningTheAction() throws IOException {
        write("{\"version\": 1, \"connections\": {\"spo\": {\"accessToken\": " + ACCESS_TOKEN);
        AtomicBoolean ran = new AtomicBoolean();

        O365Exception e = assertThrows(O365Exception.class, () -> store().withLock("spo", current -> {
            ran.set(true);
            return Outcome.keep(null);
        }));

        assertFalse(ran.get());
        assertTrue(Files.exists(home.resolve(ASIDE)), e.getMessage());
    }

    @Test
    void theMessageSaysWhatWasWrongWhereAndWhatToDo() throws IOException {
        String content = "{\"version\": 1, \"connections\": {\"spo\": {\"accessToken\": \"" + ACCESS_TOKEN;
        write(content);

        O365Exception e = assertThrows(O365Exception.class, () -> store().all());

        assertEquals(file() + " was unreadable (it ends too early, at line 1, column " + (content.length() + 1) + ") and was moved to "
                + home.resolve(ASIDE) + "; connect again with 'o365 <service> connect'", e.getMessage());
    }

    @Test
    void anEarlierCorruptCopyIsNeverOverwritten() throws IOException {
        Files.writeString(home.resolve(ASIDE), "earlier");
        Files.writeString(home.resolve(ASIDE + "-2"), "earlier still");
        write("garbage");

        O365Exception e = assertThrows(O365Exception.class, () -> store().get("spo"));

        assertTrue(e.getMessage().contains(home.resolve(ASIDE + "-3").toString()), e.getMessage());
        assertEquals("garbage", Files.readString(home.resolve(ASIDE + "-3")));
        assertEquals("earlier", Files.readString(home.resolve(ASIDE)));
        assertEquals("earlier still", Files.readString(home.resolve(ASIDE + "-2")));
    }

    @Test
    void aReaderMeetingACorruptFileThatAWriterIsReplacingGetsTheNewFileAndMovesNothing() throws Exception {
        ConnectionStore store = store();
        store.put(spo());
        CountDownLatch insideLock = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> writer = CompletableFuture.supplyAsync(() -> store.withLock("graph", current -> {
            insideLock.countDown();
            await(release);
            return Outcome.replace(graph("graph"), null);
        }));
        assertTrue(insideLock.await(5, TimeUnit.SECONDS));
        // What a reader could meet if the file were damaged while a writer holds the lock.
        write("{\"version\": 1, \"conn");

        CompletableFuture<Optional<StoredConnection>> reader = CompletableFuture.supplyAsync(() -> store.get("spo"));
        Thread.sleep(100);
        assertFalse(reader.isDone(), "the reader waits for the lock before moving anything");
        release.countDown();

        assertEquals(Optional.of(spo()), reader.get(5, TimeUnit.SECONDS));
        writer.get(5, TimeUnit.SECONDS);
        assertFalse(Files.exists(home.resolve(ASIDE)));
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("get", (StoreCall) store -> store.get("spo")),
                Arguments.of("all", (StoreCall) ConnectionStore::all),
                Arguments.of("put", (StoreCall) store -> store.put(spo())),
                Arguments.of("remove", (StoreCall) store -> store.remove("spo")),
                Arguments.of("removeAll", (StoreCall) ConnectionStore::removeAll),
                Arguments.of("withLock", (StoreCall) store -> store.withLock("spo", current -> {
                    throw new AssertionError("the action must not run");
                })));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"3", "2147483648", "99999999999999999999999"})
    void aVersionPastEveryIntIsNewerNotCorrupt(String version) throws IOException {
        write("{\"version\": " + version + ", \"connections\": {}}");

        O365Exception e = assertThrows(O365Exception.class, () -> store().get("spo"));

        assertTrue(e.getMessage().contains("was written by a newer o365 (format version " + version + ","), e.getMessage());
        assertFalse(filesIn(home).stream().anyMatch(name -> name.contains("corrupt")), filesIn(home)::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aFileFromANewerO365IsRefusedAndLeftUntouched(String what, StoreCall call) throws IOException {
        String content = "{\"version\": 3, \"services\": [{\"service\": \"spo\", \"accessToken\": \"" + ACCESS_TOKEN + "\"}]}";
        write(content);

        O365Exception e = assertThrows(O365Exception.class, () -> call.run(store()));

        assertEquals(file() + " was written by a newer o365 (format version 3, this one reads up to 2); upgrade o365, "
                + "or set O365_HOME to another folder to use this version", e.getMessage());
        assertArrayEquals(content.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file()));
        assertFalse(filesIn(home).stream().anyMatch(name -> name.contains("corrupt") || name.endsWith(".tmp")), filesIn(home)::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aFileThatCannotBeReadIsNamedAndNotMoved(String what, StoreCall call) throws IOException {
        // Root reads any file whatever its mode, so a folder in the file's place provokes the read error.
        Files.createDirectories(file().resolve("inside"));

        O365Exception e = assertThrows(O365Exception.class, () -> call.run(store()));

        assertTrue(e.getMessage().startsWith("Cannot read " + file() + " ("), e.getMessage());
        assertTrue(e.getMessage().contains("make it a file you own and can read"), e.getMessage());
        assertTrue(Files.isDirectory(file().resolve("inside")));
        assertFalse(filesIn(home).stream().anyMatch(name -> name.contains("corrupt")));
    }

    @Test
    void aFileWithoutReadPermissionIsNamedAndNotMoved() throws IOException {
        store().put(spo());
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file()), "running as root, which reads any file");

        O365Exception e = assertThrows(O365Exception.class, () -> store().get("spo"));

        assertEquals("Cannot read " + file() + " (permission denied); make it a file you own and can read (mode 600), "
                + "or set O365_HOME to another folder", e.getMessage());
        assertTrue(Files.exists(file()));
    }

    @Test
    void aWriteThatFailsNamesTheFileAndLeavesNoTemporaryFile() throws IOException {
        ConnectionStore store = store();
        store.put(spo());

        // Under the lock, put a non-empty folder where the file is, so that the final rename fails.
        O365Exception e = assertThrows(O365Exception.class, () -> store.withLock("graph", current -> {
            try {
                Files.delete(file());
                Files.createDirectories(file().resolve("inside"));
            } catch (IOException io) {
                throw new AssertionError(io);
            }
            return Outcome.replace(graph("graph"), null);
        }));

        assertTrue(e.getMessage().startsWith("Cannot write " + file() + " ("), e.getMessage());
        assertTrue(e.getMessage().contains("it was left as it was"), e.getMessage());
        assertNoSecret(e);
        assertEquals(List.of("connections.json", "connections.json.lock"), filesIn(home));
    }

    @FunctionalInterface
    interface StoreCall {
        void run(ConnectionStore store);
    }

    private void write(String content) throws IOException {
        Files.writeString(file(), content);
    }

    private void assertMovedAside(O365Exception e, String content, String connect) throws IOException {
        assertNoSecret(e);
        Path aside = home.resolve(ASIDE);
        assertFalse(Files.exists(file()), "the corrupt file is no longer in place");
        assertArrayEquals(content.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(aside), "moved, not changed");
        assertTrue(e.getMessage().startsWith(file() + " was unreadable ("), e.getMessage());
        assertTrue(e.getMessage().contains(" and was moved to " + aside + "; connect again with " + connect), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    /** Nothing the user may see, not even the causes printed with --debug, holds the token. */
    private static void assertNoSecret(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(SECRET_MARK), t.toString());
            for (Throwable suppressed : t.getSuppressed()) {
                assertNoSecret(suppressed);
            }
        }
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
