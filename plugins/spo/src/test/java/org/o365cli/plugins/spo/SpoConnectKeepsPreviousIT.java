package org.o365cli.plugins.spo;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.host.store.StoredConnection;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

/**
 * A connect whose after-step (spo's tenant read at the admin site) fails, or is killed, leaves the
 * previous working connection as it was.
 */
class SpoConnectKeepsPreviousIT {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    private static final String PROCESS_QUERY = "/_vti_bin/client.svc/ProcessQuery";

    @TempDir
    Path root;

    private SpoTenant tenant;
    private StoredConnection previous;

    @BeforeEach
    void connectedToTheRootSite() {
        tenant = new SpoTenant(o365);
        assertEquals(0, tenant.connect(SpoTenant.ROOT).exitCode());
        previous = tenant.storedConnection();
        o365.stubs().register(SpoTenant.contextInfo(SpoTenant.ADMIN_HOST, "").willReturn(SpoTenant.digest(SpoTenant.ADMIN_DIGEST)));
    }

    @Test
    void afterStepFailingKeepsThePreviousConnectionUsable() {
        o365.stubs().register(post(urlEqualTo(PROCESS_QUERY)).willReturn(okJson(
                SpoTenant.csomError("Access denied. You do not have permission.", -2147024891, "System.UnauthorizedAccessException"))));

        RunResult result = tenant.connect(SpoTenant.ADMIN);

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals(previous, tenant.storedConnection());
        JsonNode status = tenant.run("spo", "status").json();
        assertEquals(SpoTenant.ROOT, status.get("resource").asText(), status::toString);
        RunResult token = tenant.run("util", "accesstoken", "get", "--resource", "sharepoint");
        assertEquals(0, token.exitCode(), token::toString);
        assertEquals(SpoTenant.ROOT_TOKEN, token.out().trim());
    }

    @Test
    void connectKilledDuringTheAfterStepKeepsThePreviousConnection() throws Exception {
        o365.stubs().register(post(urlEqualTo(PROCESS_QUERY))
                .willReturn(okJson(SpoTenant.tenantAnswer()).withFixedDelay(30_000)));
        Process connect = o365.process("spo", "connect", SpoTenant.ADMIN, "--authType", "password", "--appId", "a",
                "--tenant", "contoso.onmicrosoft.com", "-u", "admin@contoso.com", "-p", "pw")
                .redirectErrorStream(true).redirectOutput(root.resolve("connect.out").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (o365.stubs().find(postRequestedFor(urlEqualTo(PROCESS_QUERY))).isEmpty()) {
                assertTrue(connect.isAlive(), () -> "connect ended before its after-step: " + output());
                assertTrue(System.nanoTime() < deadline, "the after-step's request never came");
                Thread.sleep(50);
            }
        } finally {
            connect.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        assertEquals(previous, tenant.storedConnection());
        JsonNode status = tenant.run("spo", "status").json();
        assertEquals(SpoTenant.ROOT, status.get("resource").asText(), status::toString);
    }

    private String output() {
        try {
            return Files.readString(root.resolve("connect.out"));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
