package org.o365cli.host.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectionNamesTest {

    private static StoredConnection signedIn(String connectedAs, String tenant, String tenantId, String appId) {
        return new StoredConnection("graph", "deviceCode", appId, tenant, "Public", null, "https://graph.microsoft.com", "t",
                null, null, connectedAs, tenantId, null, null, null, null);
    }

    @ParameterizedTest(name = "{0} in {1} is {4}")
    @CsvSource(nullValues = "null", value = {
            "AdeleV@contoso.onmicrosoft.com, common, 72f988bf-86f1-41af-91ab-2d7cd011db47, app, adelev@contoso.onmicrosoft.com",
            "alice_fabrikam.com#EXT#@contoso.onmicrosoft.com, common, tid, app, alice_fabrikam.com-ext-@contoso.onmicrosoft.com",
            "o365 automation, contoso.onmicrosoft.com, tid, app, o365-automation@contoso.onmicrosoft.com",
            "o365 automation, organizations, 72f988bf-86f1-41af-91ab-2d7cd011db47, app, o365-automation@72f988bf-86f1-41af-91ab-2d7cd011db47",
            "null, Contoso.OnMicrosoft.com, tid, 31359c7f-bd7e-475c-86db-fdb8c937548e, 31359c7f-bd7e-475c-86db-fdb8c937548e@contoso.onmicrosoft.com",
            "null, common, null, null, devicecode",
            "'--  ..', common, null, app, connection"})
    void theDerivedNameIsTheIdentityAndTheTenantInTheCharactersANameMayHave(String who, String tenant, String tenantId,
                                                                             String appId, String expected) {
        String name = ConnectionNames.derive(signedIn(who, tenant, tenantId, appId), Map.of());
        assertEquals(expected, name);
        assertNull(ConnectionNames.problem(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "two words", "-leading", "a/b", "ünïcode", "x12345678901234567890123456789012345678901234567890123456789012345"})
    void invalidNamesAreRefusedWithWhatANameMayBe(String name) {
        String problem = ConnectionNames.problem(name);
        assertTrue(problem != null && (problem.contains("cannot be empty") || problem.contains("use up to 64 letters")), problem);
    }

    @org.junit.jupiter.api.Test
    void aVeryLongIdentityIsCutAndStillMadeUnique() {
        StoredConnection a = signedIn("a".repeat(100) + "@contoso.com", "common", "tid", "app");
        String first = ConnectionNames.derive(a, Map.of());
        StoredConnection other = signedIn("a".repeat(100) + "@contoso.com", "common", "tid", "another-app");
        String second = ConnectionNames.derive(other, Map.of(first, a.withName(first)));

        assertEquals(64, first.length());
        assertEquals(64, second.length());
        assertTrue(second.endsWith("-2"), second);
        assertNull(ConnectionNames.problem(second));
    }
}
