package org.o365cli.host.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.auth.O365Exception;

/**
 * A {@code connections.json} of format 1, written by the o365 before named connections
 * ({@code connections-v1.json}: the samples as that version's store wrote them), is migrated in place.
 */
class ConnectionStoreMigrationTest {

    private static final String GRAPH_NAME = "o365-automation@" + StoreSamples.TENANT_ID;

    @TempDir
    Path home;

    // Format 1 came before connect --objectId: its credentials have no managed identity object id.
    private static StoredConnection versionOne(StoredConnection c) {
        StoredCredential k = c.credential();
        StoredCredential old = new StoredCredential(k.clientSecret(), k.certificatePem(), k.managedIdentityClientId(),
                k.federatedProvider(), null);
        return new StoredConnection(c.service(), c.authType(), c.appId(), c.tenant(), c.cloud(), c.authority(), c.resource(),
                c.accessToken(), c.expiresOn(), c.refreshToken(), c.connectedAs(), c.tenantId(), c.objectId(), c.properties(),
                old, c.secondaryTokens(), c.name(), c.pluginId());
    }

    private Path fixture() throws IOException {
        Files.createDirectories(home);
        Path file = home.resolve("connections.json");
        try (InputStream in = getClass().getResourceAsStream("connections-v1.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void everyConnectionIsReadWithEveryFieldAsItsServiceActiveConnection() throws IOException {
        fixture();
        ConnectionStore store = StoreSamples.store(home);

        assertEquals(List.of("aad", "graph", "spo"), store.all().stream().map(StoredConnection::service).toList());
        // Nothing lost: every field, tokens and secrets included; the name is derived, the plugin not yet known.
        assertEquals(versionOne(StoreSamples.spo()).withName("admin@contoso.onmicrosoft.com").withPluginId(null),
                store.get("spo").orElseThrow());
        assertEquals(StoreSamples.graph("graph").withName(GRAPH_NAME).withPluginId(null), store.get("graph").orElseThrow());
        assertEquals(StoreSamples.graph("aad").withName(GRAPH_NAME).withPluginId(null), store.get("aad").orElseThrow());
    }

    @Test
    void theFileIsWrittenInTheNewFormatAtFirstReadAndReadsTheSameAfter() throws IOException {
        Path file = fixture();
        List<StoredConnection> before = StoreSamples.store(home).all();

        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(2, root.get("version").intValue());
        assertEquals(GRAPH_NAME, root.get("services").get("graph").get("active").textValue());
        assertEquals("0.ARwAS3CRETrefresh", root.get("services").get("spo").get("connections")
                .get("admin@contoso.onmicrosoft.com").get("refreshToken").textValue());
        assertEquals(before, StoreSamples.store(home).all());
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aFileOfFormatOneIsStillReadWhereItCannotBeRewritten() throws IOException {
        Path file = fixture();
        byte[] original = Files.readAllBytes(file);
        // A folder in the lock file's place: nothing can be locked, so nothing can be written.
        Files.createDirectories(home.resolve("connections.json.lock").resolve("inside"));

        ConnectionStore store = StoreSamples.store(home);

        assertEquals(3, store.all().size());
        assertArrayEquals(original, Files.readAllBytes(file));
        O365Exception e = assertThrows(O365Exception.class, () -> store.remove("graph"));
        assertTrue(e.getMessage().startsWith("Cannot lock "), e.getMessage());
    }
}
