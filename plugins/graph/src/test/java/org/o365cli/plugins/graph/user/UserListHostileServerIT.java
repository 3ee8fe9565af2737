package org.o365cli.plugins.graph.user;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.o365cli.testkit.GraphTenant;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

/** A listing against a Graph that loops, redirects its paging elsewhere, goes silent or floods; and a reader that leaves. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class UserListHostileServerIT {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    @BeforeEach
    void connect() {
        GraphTenant.connect(o365, "graph");
    }

    /** The items before the bad link were streamed out already; the error is one line on stderr. */
    private static void assertFailedAfterItems(RunResult result, String message) {
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("Error: ") && result.err().contains(message), result::toString);
        assertEquals(1, result.err().lines().count(), result::toString);
    }

    @Test
    void aNextLinkSeenBeforeEndsTheListingWithAnError() {
        o365.stubs().register(get(urlEqualTo("/v1.0/users")).willReturn(okJson(GraphTenant.page(
                "https://graph.microsoft.com/v1.0/users?$skiptoken=2", "{\"id\":\"1\"}"))));
        o365.stubs().register(get(urlEqualTo("/v1.0/users?$skiptoken=2")).willReturn(okJson(GraphTenant.page(
                "https://graph.microsoft.com/v1.0/users", "{\"id\":\"2\"}"))));

        RunResult result = o365.run("graph", "user", "list");

        assertFailedAfterItems(result, "GET https://graph.microsoft.com/v1.0/users answered page 2 with a next page link it gave before;"
                + " the server is looping, so the listing stopped there; try again later");
        o365.stubs().verifyThat(2, getRequestedFor(urlMatching("/v1.0/users.*")));
    }

    @Test
    void aNextLinkToAnotherHostIsNotFollowed() {
        o365.stubs().register(get(urlEqualTo("/v1.0/users")).willReturn(okJson(GraphTenant.page(
                "https://graph.evil.example/v1.0/users?$skiptoken=2", "{\"id\":\"1\"}"))));

        RunResult result = o365.run("graph", "user", "list");

        assertFailedAfterItems(result, "answered page 1 with a next page link to another server (graph.evil.example);"
                + " it was not followed and the listing stopped there");
        o365.stubs().verifyThat(0, getRequestedFor(urlMatching(".*skiptoken.*")));
    }

    /** As {@code o365 graph user list | head -3}: the pipe breaks once the reader has had enough. */
    @Test
    void aClosedStdoutStopsPagingAtOnceAndQuietly() {
        GraphTenant.stubPages(o365.stubs(), "/v1.0/users", 5000, 100);

        RunResult result = o365.runWritingTo(new OutputStream() {
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
        int pages = o365.stubs().find(getRequestedFor(urlMatching("/v1.0/users.*"))).size();
        assertTrue(pages <= 3, pages + " of 50 pages read");
    }

    @Test
    void aSilentServerFailsWithinTheConfiguredDeadline() {
        o365.run("cli", "config", "set", "httpDeadlineSeconds", "3");
        o365.run("cli", "config", "set", "httpTimeoutSeconds", "2");
        o365.stubs().register(get(urlEqualTo("/v1.0/users")).willReturn(okJson("{\"value\":[]}").withFixedDelay(30_000)));

        long start = System.nanoTime();
        RunResult result = o365.run("graph", "user", "list");
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();

        result.assertOneLineError("did not answer GET /v1.0/users within the 3 s allowed for one request");
        assertTrue(result.err().contains("raise O365_HTTP_DEADLINE_SECONDS"), result::toString);
        assertTrue(seconds <= 5, seconds + " s");
    }

    @Test
    void anAnswerOverTheBodyLimitIsRefused() {
        o365.run("cli", "config", "set", "httpMaxBodyMiB", "1");
        o365.stubs().register(get(urlEqualTo("/v1.0/users")).willReturn(okJson(GraphTenant.page(null,
                "{\"id\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}"))));

        o365.run("graph", "user", "list").assertOneLineError("GET https://graph.microsoft.com/v1.0/users answered with a body larger than the 1 MiB allowed");
    }
}
