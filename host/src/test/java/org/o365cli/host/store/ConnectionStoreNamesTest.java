package org.o365cli.host.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o365cli.host.store.StoreSamples.graph;
import static org.o365cli.host.store.StoreSamples.spo;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.auth.NotConnectedException;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.UsageException;
import org.o365cli.host.store.LockedAction.Outcome;

/** Several named connections per service, one of them active. */
class ConnectionStoreNamesTest {

    @TempDir
    Path home;

    private ConnectionStore store() {
        return StoreSamples.store(home);
    }

    /** The sample graph connection as another identity. */
    private static StoredConnection other(String connectedAs, String name) {
        StoredConnection base = graph("graph");
        return new StoredConnection("graph", base.authType(), base.appId(), "fabrikam.onmicrosoft.com", base.cloud(), null,
                base.resource(), "eyJother", base.expiresOn(), null, connectedAs, "f1b2c3d4-0000-4000-8000-000000000001", null,
                null, base.credential(), null, name, "graph-plugin");
    }

    @Test
    void aConnectionWithoutANameGetsItsDerivedNameAndBecomesActive() {
        ConnectionStore store = store();
        StoredConnection stored = store.put(other("AdeleV@fabrikam.onmicrosoft.com", null));

        assertEquals("adelev@fabrikam.onmicrosoft.com", stored.name());
        assertEquals(stored, store.get("graph").orElseThrow());
        assertEquals(stored, store.get("graph", "adelev@fabrikam.onmicrosoft.com").orElseThrow());
    }

    @Test
    void theSameIdentityConnectingAgainReplacesItsConnectionAndAnotherIdentityAddsOne() {
        ConnectionStore store = store();
        store.put(graph("graph"));
        store.put(other("AdeleV@fabrikam.onmicrosoft.com", null));
        StoredConnection again = store.put(other("AdeleV@fabrikam.onmicrosoft.com", null).withTokens("eyJagain", null, null));

        assertEquals(List.of("adelev@fabrikam.onmicrosoft.com", "automation"),
                store.all().stream().map(StoredConnection::name).toList());
        assertEquals("eyJagain", store.get("graph").orElseThrow().accessToken());
        assertEquals("adelev@fabrikam.onmicrosoft.com", again.name());
    }

    @Test
    void anotherIdentityWhoseNameWouldBeTakenGetsASuffix() {
        ConnectionStore store = store();
        StoredConnection first = store.put(other("app", null));
        StoredConnection second = store.put(new StoredConnection("graph", "secret", "another-app", "fabrikam.onmicrosoft.com",
                "Public", null, "https://graph.microsoft.com", "eyJx", null, null, "app", "f1b2c3d4-0000-4000-8000-000000000001",
                null, null, null, null));

        assertEquals("app@fabrikam.onmicrosoft.com", first.name());
        assertEquals("app@fabrikam.onmicrosoft.com-2", second.name());
    }

    @Test
    void aNamedConnectionReplacesTheOneOfThatNameOnlyAndUseSwitchesTheActiveOne() {
        ConnectionStore store = store();
        store.put(graph("graph"));
        store.put(other("adele@fabrikam.onmicrosoft.com", "fabrikam"));
        store.put(other("megan@fabrikam.onmicrosoft.com", "fabrikam"));

        assertEquals(List.of("automation", "fabrikam"), store.all().stream().map(StoredConnection::name).toList());
        assertEquals("megan@fabrikam.onmicrosoft.com", store.get("graph").orElseThrow().connectedAs());
        assertEquals("automation", store.use("graph", "automation").name());
        assertEquals(graph("graph"), store.get("graph").orElseThrow());
        assertEquals("fabrikam", store.services().get("graph").connections().get("fabrikam").name());
    }

    @Test
    void unknownNamesAreUsageErrorsThatListTheKnownOnes() {
        ConnectionStore store = store();
        store.put(graph("graph"));
        store.put(other("adele@fabrikam.onmicrosoft.com", "fabrikam"));

        for (Runnable call : List.<Runnable>of(() -> store.use("graph", "contoso"), () -> store.remove("graph", "contoso"),
                () -> store.rename("graph", "contoso", "x"), () -> store.require("graph", "contoso"))) {
            UsageException e = assertThrows(UsageException.class, call::run);
            assertEquals("No graph connection is named 'contoso'; known: automation, fabrikam (see 'o365 graph connection list')",
                    e.getMessage());
        }
        assertThrows(NotConnectedException.class, () -> store.use("spo", "x"));
        assertEquals(2, store.all().size());
    }

    @Test
    void renameKeepsTheConnectionActiveAndRefusesATakenOrInvalidName() {
        ConnectionStore store = store();
        store.put(other("adele@fabrikam.onmicrosoft.com", "fabrikam"));
        store.put(graph("graph"));

        StoredConnection renamed = store.rename("graph", "automation", "contoso");

        assertEquals("contoso", store.get("graph").orElseThrow().name());
        assertEquals(graph("graph").withName("contoso"), renamed);
        assertTrue(assertThrows(UsageException.class, () -> store.rename("graph", "contoso", "fabrikam")).getMessage()
                .contains("a connection of that name exists"));
        assertTrue(assertThrows(UsageException.class, () -> store.rename("graph", "contoso", "two words")).getMessage()
                .contains("'two words' is not a valid connection name"));
        assertEquals(List.of("contoso", "fabrikam"), store.all().stream().map(StoredConnection::name).toList());
    }

    @Test
    void removingTheActiveConnectionLeavesTheOnlyOtherActiveButNoneOfSeveral() {
        ConnectionStore store = store();
        store.put(other("a@fabrikam.onmicrosoft.com", "a"));
        store.put(other("b@fabrikam.onmicrosoft.com", "b"));
        store.put(other("c@fabrikam.onmicrosoft.com", "c"));

        assertTrue(store.remove("graph"));
        O365Exception none = assertThrows(O365Exception.class, () -> store.require("graph", null));
        assertEquals("No graph connection is active (the active one was removed): choose one with 'o365 graph connection use"
                + " <name>' or --connection <name>; known: a, b", none.getMessage());
        assertFalse(store.remove("graph"));
        assertEquals("b", store.require("graph", "b").name());

        store.remove("graph", "a");
        assertEquals("b", store.get("graph").orElseThrow().name());
        store.remove("graph", "b");
        assertEquals(List.of(), store.all());
    }

    @Test
    void withLockOnANamedConnectionChangesThatOneAndLeavesTheActiveOne() {
        ConnectionStore store = store();
        store.put(other("adele@fabrikam.onmicrosoft.com", "fabrikam"));
        store.put(graph("graph"));

        String token = store.withLock("graph", "fabrikam", current -> Outcome.replace(
                current.orElseThrow().withTokens("eyJrenewed", Instant.parse("2026-11-29T00:00:00Z"), null), "done"));

        assertEquals("done", token);
        assertEquals("eyJrenewed", store.get("graph", "fabrikam").orElseThrow().accessToken());
        assertEquals(graph("graph"), store.get("graph").orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> store.withLock("graph", "fabrikam",
                current -> Outcome.replace(current.orElseThrow().withName("automation"), null)));
    }

    @Test
    void otherServicesKeepTheirConnectionsWhatever() {
        ConnectionStore store = store();
        store.put(spo());
        store.put(graph("graph"));
        store.put(other("adele@fabrikam.onmicrosoft.com", "fabrikam"));
        store.remove("graph", "fabrikam");
        store.rename("graph", "automation", "contoso");

        assertEquals(spo(), store.get("spo").orElseThrow());
        assertEquals(List.of("graph", "spo"), List.copyOf(store.services().keySet()));
    }
}
