package org.o365cli.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateTest {

    @TempDir
    Path home;

    @Test
    void concurrentWritersLoseNoChange() throws Exception {
        TestTenant first = new TestTenant(home);
        String token = "Bearer " + first.adminSignIn("https://graph.microsoft.com").get("access_token").asText();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<SandboxResponse>> adds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // Each writer has its own Sandbox, as separate processes would.
            TestTenant writer = new TestTenant(home);
            String body = "{\"displayName\":\"G" + i + "\",\"mailNickname\":\"g" + i
                    + "\",\"mailEnabled\":true,\"securityEnabled\":false,\"groupTypes\":[\"Unified\"]}";
            adds.add(pool.submit(() -> writer.send("POST", "https://graph.microsoft.com/v1.0/groups",
                    Map.of("Authorization", token, "Content-Type", "application/json"), body)));
        }
        for (Future<SandboxResponse> add : adds) {
            assertEquals(201, add.get().status(), add.get()::text);
        }
        pool.shutdown();
        assertEquals(25, first.sandbox.status().groups());
    }

    @Test
    void resetIsDeterministicAndLargeTenantsStayFlatOnDisk() throws Exception {
        TestTenant tenant = new TestTenant(home);
        tenant.sandbox.reset(100_000);
        String token = tenant.adminSignIn("https://graph.microsoft.com").get("access_token").asText();
        JsonNode last = TestTenant.json(tenant.get("https://graph.microsoft.com/v1.0/users?$top=1&$skiptoken="
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("sbx:99999".getBytes()), token));
        String user = last.get("value").get(0).toString();
        long size = Files.size(home.resolve("sandbox/state.json"));
        tenant.sandbox.reset(100_000);
        token = tenant.adminSignIn("https://graph.microsoft.com").get("access_token").asText();
        JsonNode again = TestTenant.json(tenant.get("https://graph.microsoft.com/v1.0/users?$top=1&$skiptoken="
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("sbx:99999".getBytes()), token));
        assertEquals(user, again.get("value").get(0).toString());
        assertEquals(1, TestTenant.json(tenant.get("https://graph.microsoft.com/v1.0/users/"
                + again.at("/value/0/userPrincipalName").asText(), token)).at("/id").asText().equals(again.at("/value/0/id").asText()) ? 1 : 0);
        assertEquals(true, size < 64 * 1024, "state.json holds changes only, not 100 000 users: " + size + " bytes");
    }
}
