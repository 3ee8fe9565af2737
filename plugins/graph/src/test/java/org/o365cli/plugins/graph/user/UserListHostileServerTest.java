package org.o365cli.plugins.graph.user;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o365cli.host.http.GraphTestTenant.assertOneLineError;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.http.AzureWireMock;
import org.o365cli.host.http.GraphTestTenant;

/** A listing against a Graph that loops, redirects its paging elsewhere, goes silent or floods; and a reader that leaves. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class UserListHostileServerTest {

    @RegisterExtension
    static AzureWireMock azure = new AzureWireMock();

    @TempDir
    Path root;

    private CliRunner o365;

    @BeforeEach
    void connect() {
        o365 = GraphTestTenant.connect(azure, root, "graph");
    }

    /** The items before the bad link were streamed out already; the error is one line on stderr. */
    private static void assertFailedAfterItems(Result result, String message) {
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("Error: ") && result.err().contains(message), result::toString);
        assertEquals(1, result.err().lines().count(), result::toString);
    }

    @Test
    void aNextLinkSeenBeforeEndsTheListingWithAnError() {
        azure.client().register(get(urlEqualTo("/v1.0/users")).willReturn(okJson(GraphTestTenant.page(
                "https://graph.microsoft.com/v1.0/users?$skiptoken=2", "{\"id\":\"1\"}"))));
        azure.client().register(get(urlEqualTo("/v1.0/users?$skiptoken=2")).willReturn(okJson(GraphTestTenant.page(
                "https://graph.microsoft.com/v1.0/users", "{\"id\":\"2\"}"))));

        Result result = o365.run("graph", "user", "list");

        assertFailedAfterItems(result, "GET https://graph.microsoft.com/v1.0/users answered page 2 with a next page link it gave before;"
                + " the server is looping, so the listing stopped there; try again later");
        azure.client().verifyThat(2, getRequestedFor(urlMatching("/v1.0/users.*")));
    }

    @Test
    void aNextLinkToAnotherHostIsNotFollowed() {
        azure.client().register(get(urlEqualTo("/v1.0/users")).willReturn(okJson(GraphTestTenant.page(
                "https://graph.evil.example/v1.0/users?$skiptoken=2", "{\"id\":\"1\"}"))));

        Result result = o365.run("graph", "user", "list");

        assertFailedAfterItems(result, "answered page 1 with a next page link to another server (graph.evil.example);"
                + " it was not followed and the listing stopped there");
        azure.client().verifyThat(0, getRequestedFor(urlMatching(".*skiptoken.*")));
    }

    /** As {@code o365 graph user list | head -3}: the pipe breaks once the reader has had enough. */
    @Test
    void aClosedStdoutStopsPagingAtOnceAndQuietly() {
        GraphTestTenant.stubPages(azure, "/v1.0/users", 5000, 100);

        Result result = o365.run(new OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 100) {
                    throw new IOException("Broken pipe");
                }
            }
        }, "graph", "user", "list", "-o", "csv");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.err());
        int pages = azure.client().find(getRequestedFor(urlMatching("/v1.0/users.*"))).size();
        assertTrue(pages <= 3, pages + " of 50 pages read");
    }

    @Test
    void aSilentServerFailsWithinTheConfiguredDeadline() {
        o365.run("cli", "config", "set", "httpDeadlineSeconds", "3");
        o365.run("cli", "config", "set", "httpTimeoutSeconds", "2");
        azure.client().register(get(urlEqualTo("/v1.0/users")).willReturn(okJson("{\"value\":[]}").withFixedDelay(30_000)));

        long start = System.nanoTime();
        Result result = o365.run("graph", "user", "list");
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();

        assertOneLineError(result, "did not answer GET /v1.0/users within the 3 s allowed for one request");
        assertTrue(result.err().contains("raise O365_HTTP_DEADLINE_SECONDS"), result::toString);
        assertTrue(seconds <= 5, seconds + " s");
    }

    @Test
    void anAnswerOverTheBodyLimitIsRefused() {
        o365.run("cli", "config", "set", "httpMaxBodyMiB", "1");
        azure.client().register(get(urlEqualTo("/v1.0/users")).willReturn(okJson(GraphTestTenant.page(null,
                "{\"id\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}"))));

        assertOneLineError(o365.run("graph", "user", "list"),
                "GET https://graph.microsoft.com/v1.0/users answered with a body larger than the 1 MiB allowed");
    }
}
