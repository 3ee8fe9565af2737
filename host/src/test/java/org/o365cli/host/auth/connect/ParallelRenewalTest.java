package org.o365cli.host.auth.connect;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.config.JsonMapper;
import org.o365cli.host.http.AzureWireMock;
import org.o365cli.host.plugin.TestPlugins;
import org.o365cli.host.store.ConnectionStore;
import org.o365cli.host.store.StoredConnection;

/** Eight real o365 processes find the same token expired: one token request, one new token for all. */
class ParallelRenewalTest {

    @RegisterExtension
    static AzureWireMock azure = new AzureWireMock();

    private static final String TOKEN_PATH = "/contoso.onmicrosoft.com/oauth2/v2.0/token";

    @TempDir
    Path root;

    @Test
    void eightProcessesOnOneExpiredTokenMakeOneTokenRequest() throws Exception {
        CliRunner o365 = connected();
        ConnectionStore store = new ConnectionStore(o365.home(), new JsonMapper());
        StoredConnection connected = store.get("graph").orElseThrow();
        store.put(connected.withTokens(connected.accessToken(), Instant.now().minusSeconds(60), null));
        String renewed = Tokens.jwt("https://graph.microsoft.com", Map.of("app_displayname", "renewed"));
        azure.client().register(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson(Tokens.tokenResponse(renewed, null))
                .withFixedDelay(700)));
        azure.client().resetRequests();

        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            processes.add(o365Process(o365, root.resolve("out-" + i)));
        }
        for (int i = 0; i < 8; i++) {
            Process process = processes.get(i);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("process " + i + " did not finish");
            }
            String out = Files.readString(root.resolve("out-" + i), StandardCharsets.UTF_8).trim();
            assertEquals(0, process.exitValue(), "process " + i + ": " + out + " " + Files.readString(root.resolve("out-" + i + ".err")));
            assertEquals(renewed, out, "process " + i);
        }
        azure.client().verifyThat(1, postRequestedFor(urlEqualTo(TOKEN_PATH)).withRequestBody(containing("client_credentials")));
        // A new token for the connection's own resource replaces its main token, whichever method asked.
        assertEquals(renewed, store.get("graph").orElseThrow().accessToken());
    }

    @Test
    void processesForcingARenewalOfTheSameTokenAtOnceMakeOneTokenRequest() throws Exception {
        CliRunner o365 = connected();
        String renewed = Tokens.jwt("https://graph.microsoft.com", Map.of("app_displayname", "renewed"));
        // Long enough for every process to read the rejected token before the first renewal is stored.
        azure.client().register(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson(Tokens.tokenResponse(renewed, null))
                .withFixedDelay(8000)));
        azure.client().resetRequests();

        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            processes.add(o365Process(o365, root.resolve("forced-" + i), "--new"));
        }
        for (int i = 0; i < 4; i++) {
            Process process = processes.get(i);
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("process " + i + " did not finish");
            }
            assertEquals(renewed, Files.readString(root.resolve("forced-" + i), StandardCharsets.UTF_8).trim(), "process " + i);
        }
        azure.client().verifyThat(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    /** A graph connection, app-only, with a token valid for an hour. */
    private CliRunner connected() {
        CliRunner o365 = new CliRunner(root).withEnvironment(azure.environment());
        o365.ship(TestPlugins.service("graph", "graph", "https://graph.microsoft.com"), "graph.jar");
        String first = Tokens.jwt("https://graph.microsoft.com", Map.of("app_displayname", "first"));
        azure.client().register(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson(Tokens.tokenResponse(first, null))));
        assertEquals(0, o365.run("graph", "connect", "--authType", "secret", "--appId", "app-1", "--tenant",
                "contoso.onmicrosoft.com", "--secret", "s").exitCode());
        return o365;
    }

    private static Process o365Process(CliRunner o365, Path out, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("util", "accesstoken", "get", "--resource", "graph"));
        args.addAll(List.of(more));
        return o365.process(args.toArray(String[]::new))
                .redirectOutput(out.toFile()).redirectError(Path.of(out + ".err").toFile()).start();
    }
}
