package org.o365cli.host.request;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.http.AzureWireMock;
import org.o365cli.host.http.GraphTestTenant;
import org.o365cli.host.plugin.TestPlugins;

/** {@code o365 request} never resends what the server may have acted on, and refuses a body past the limit. */
class RequestCommandBoundsTest {

    @RegisterExtension
    static AzureWireMock azure = new AzureWireMock();

    @TempDir
    Path root;

    private CliRunner o365;

    @BeforeEach
    void connect() {
        CliRunner runner = new CliRunner(root);
        runner.ship(TestPlugins.service("graph", "graph", "https://graph.microsoft.com"), "graph.jar");
        o365 = GraphTestTenant.connect(azure, root, "graph");
    }

    @Test
    void aPostAnswered504IsSentOnceAndTheErrorSaysToCheckWhetherItTookEffect() {
        azure.client().register(post(urlEqualTo("/v1.0/groups")).willReturn(aResponse().withStatus(504)));

        Result result = o365.run("request", "--url", "@graph/groups", "--method", "post", "--body", "{}",
                "--header", "content-type: application/json");

        GraphTestTenant.assertOneLineError(result, "POST https://graph.microsoft.com/v1.0/groups failed with 504: no details given;"
                + " the POST was not sent again as the server may have acted on it; check whether it took effect before trying again");
        azure.client().verifyThat(1, postRequestedFor(urlEqualTo("/v1.0/groups")));
    }

    @Test
    void aFileOverTheBodyLimitIsRefusedBeforeAnythingIsSent() throws IOException {
        Path file = root.resolve("big.bin");
        try (RandomAccessFile big = new RandomAccessFile(file.toFile(), "rw")) {
            big.setLength(2L * 1024 * 1024);
        }
        o365.run("cli", "config", "set", "httpMaxBodyMiB", "1");
        azure.client().register(post(urlEqualTo("/v1.0/groups")).willReturn(okJson("{}")));

        Result result = o365.run("request", "--url", "@graph/groups", "--method", "post", "--filePath", file.toString());

        GraphTestTenant.assertOneLineError(result, "--filePath " + file + " is larger than the 1 MiB a request body may have;"
                + " raise httpMaxBodyMiB (o365 cli config set httpMaxBodyMiB <MiB>) to send it");
        azure.client().verifyThat(0, postRequestedFor(urlEqualTo("/v1.0/groups")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"request --url", "util accesstoken get --resource", "request --url @graph/me --resource"})
    void anEmptyUrlOrResourceIsAUsageErrorEverywhere(String command) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command.split(" ")));
        args.add("");

        Result result = o365.run(args.toArray(String[]::new));

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("Error: Invalid "), result::toString);
    }

    /** A line break would split a header or a one-line error; only a value meant to span lines (--body) may hold one. */
    @ParameterizedTest
    @ValueSource(strings = {"--url|@graph/me\r\nX-Injected: 1|--url", "--header|X-A: 1\nX-B: 2|--header",
            "--service|graph\n|--service"})
    void aLineBreakInAnOptionValueIsAUsageErrorOnOneLine(String row) {
        String[] parts = row.split("\\|");
        String value = parts[1].replace("\\r", "\r").replace("\\n", "\n");
        java.util.List<String> args = new java.util.ArrayList<>(parts[0].equals("--url") ? java.util.List.of("request")
                : java.util.List.of("request", "--url", "@graph/me"));
        args.addAll(java.util.List.of(parts[0], value));

        Result result = o365.run(args.toArray(String[]::new));

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("Error: Invalid value for " + parts[2] + ": it holds a line break; give it on one line\n"),
                result::toString);
        azure.client().verifyThat(0, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/v1.0/me")));
    }

    @Test
    void aBodyMaySpanLines() {
        azure.client().register(post(urlEqualTo("/v1.0/groups")).willReturn(okJson("{\"id\":\"1\"}")));

        Result result = o365.run("request", "--url", "@graph/groups", "--method", "post", "--body", "{\n  \"a\": 1\n}",
                "--header", "content-type: application/json");

        assertEquals(0, result.exitCode(), result::toString);
    }
}
