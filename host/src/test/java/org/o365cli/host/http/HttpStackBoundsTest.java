package org.o365cli.host.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.auth.O365Exception;

/** A silent, slow or flooding server fails a request within the configured time and size. */
class HttpStackBoundsTest {

    @RegisterExtension
    static AzureWireMock azure = new AzureWireMock();

    private static final String ME = "https://graph.microsoft.com/v1.0/me";

    private final RecordingSleeper sleeper = new RecordingSleeper();

    private HttpStack stack(Map<String, String> env) {
        return new HttpStack(HttpSettings.fromEnvironment(azure.environment(env)), Clock.systemUTC(),
                sleeper, HttpTrace.off(), "1.2.3");
    }

    /** A cold JVM and WireMock's first certificate for a host may take seconds; the timed runs must not pay that. */
    @BeforeEach
    void warmUp() {
        azure.client().register(get("/warm-up").willReturn(okJson("{}")));
        stack(Map.of()).send(HttpRequest.newBuilder(URI.create("https://graph.microsoft.com/warm-up")).build());
    }

    private static long secondsToFail(HttpStack stack, HttpRequest request, String message) {
        long start = System.nanoTime();
        O365Exception e = assertThrows(O365Exception.class, () -> stack.send(request));
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        return seconds;
    }

    @Test
    void aSilentServerFailsAGetWithinTheDeadlineRetriesIncluded() {
        azure.client().register(get("/v1.0/me").willReturn(okJson("{}").withFixedDelay(30_000)));
        HttpStack stack = stack(Map.of("O365_HTTP_TIMEOUT_SECONDS", "2", "O365_HTTP_DEADLINE_SECONDS", "3"));

        long seconds = secondsToFail(stack, HttpRequest.newBuilder(URI.create(ME)).build(),
                "did not answer GET /v1.0/me within the 3 s allowed for one request");

        assertTrue(seconds <= 4, seconds + " s");
    }

    /** The JDK's own request timeout stops at the headers; the deadline covers the body too. */
    @Test
    void aServerTricklingItsBodyIsCutAtTheDeadline() {
        azure.client().register(get("/v1.0/me").willReturn(okJson("{\"value\":\"" + "x".repeat(1000) + "\"}")
                .withChunkedDribbleDelay(50, 30_000)));
        HttpStack stack = stack(Map.of("O365_HTTP_MAX_RETRIES", "0", "O365_HTTP_DEADLINE_SECONDS", "2"));

        long seconds = secondsToFail(stack, HttpRequest.newBuilder(URI.create(ME)).build(),
                "O365_HTTP_DEADLINE_SECONDS");

        assertTrue(seconds <= 3, seconds + " s");
    }

    @Test
    void aPostToASilentServerIsSentOnce() {
        azure.client().register(post("/v1.0/groups").willReturn(okJson("{}").withFixedDelay(30_000)));
        HttpStack stack = stack(Map.of("O365_HTTP_TIMEOUT_SECONDS", "1"));

        secondsToFail(stack, HttpRequest.newBuilder(URI.create("https://graph.microsoft.com/v1.0/groups"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), "did not answer POST /v1.0/groups in time");

        azure.client().verifyThat(1, postRequestedFor(urlEqualTo("/v1.0/groups")));
    }

    /** Declared by Content-Length, or only found while reading a chunked body. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aBodyOverTheLimitIsRefusedAndNotRetried(boolean chunked) {
        var answer = okJson("{\"value\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}");
        azure.client().register(get("/v1.0/me").willReturn(chunked ? answer.withChunkedDribbleDelay(4, 50) : answer));
        HttpStack stack = stack(Map.of("O365_HTTP_MAX_BODY_MIB", "1"));

        secondsToFail(stack, HttpRequest.newBuilder(URI.create(ME)).build(), "GET https://graph.microsoft.com/v1.0/me answered "
                + "with a body larger than the 1 MiB allowed; it was not read; raise O365_HTTP_MAX_BODY_MIB if such an answer is expected");

        azure.client().verifyThat(1, getRequestedFor(urlEqualTo("/v1.0/me")));
    }

    @Test
    void aBodyUnderTheLimitIsRead() {
        azure.client().register(get("/v1.0/me").willReturn(okJson("{\"value\":\"" + "x".repeat(1000 * 1024) + "\"}")));

        assertEquals(200, stack(Map.of("O365_HTTP_MAX_BODY_MIB", "1")).send(HttpRequest.newBuilder(URI.create(ME)).build()).statusCode());
    }
}
