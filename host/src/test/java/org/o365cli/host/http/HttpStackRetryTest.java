package org.o365cli.host.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.auth.ApiException;
import org.o365cli.auth.O365Exception;

class HttpStackRetryTest {

    @RegisterExtension
    static AzureWireMock azure = new AzureWireMock();

    private static final Instant NOW = Instant.parse("2025-03-04T10:00:00Z");
    private static final String ME = "https://graph.microsoft.com/v1.0/me";
    private static final String TOKEN = "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token";

    private final RecordingSleeper sleeper = new RecordingSleeper();

    private HttpStack stack(Map<String, String> env) {
        return new HttpStack(HttpSettings.fromEnvironment(azure.environment(env)), Clock.fixed(NOW, ZoneOffset.UTC),
                sleeper, HttpTrace.off(), "1.2.3");
    }

    private HttpStack stack() {
        return stack(Map.of());
    }

    /** The first request gets {@code first}, every later one 200. */
    private static void firstThenOk(com.github.tomakehurst.wiremock.client.MappingBuilder first,
                                    com.github.tomakehurst.wiremock.client.MappingBuilder then, ResponseDefinitionBuilder answer) {
        azure.client().register(first.inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(answer).willSetStateTo("answered"));
        azure.client().register(then.inScenario("retry").whenScenarioStateIs("answered").willReturn(okJson("{\"ok\":true}")));
    }

    private static HttpRequest getMe() {
        return HttpRequest.newBuilder(URI.create(ME)).build();
    }

    private static HttpRequest postToken() {
        return HttpRequest.newBuilder(URI.create(TOKEN))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=app")).build();
    }

    @Test
    void a429WithRetryAfterSecondsIsRetriedAfterThatWait() {
        firstThenOk(get("/v1.0/me"), get("/v1.0/me"), aResponse().withStatus(429).withHeader("Retry-After", "2"));

        HttpResponse<byte[]> response = stack().send(getMe());

        assertEquals(200, response.statusCode());
        assertEquals(List.of(Duration.ofSeconds(2)), sleeper.sleeps());
        azure.client().verifyThat(2, getRequestedFor(urlEqualTo("/v1.0/me")));
    }

    @Test
    void aRetryAfterHttpDateIsWaitedUntil() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(7).atOffset(ZoneOffset.UTC));
        firstThenOk(get("/v1.0/me"), get("/v1.0/me"), aResponse().withStatus(503).withHeader("Retry-After", date));

        HttpResponse<byte[]> response = stack().send(getMe());

        assertEquals(200, response.statusCode());
        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.sleeps());
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 503, 504})
    void withoutRetryAfterTheWaitsBackOffExponentiallyUnderTheCap(int status) {
        azure.client().register(get("/v1.0/me").willReturn(aResponse().withStatus(status)));

        assertThrows(ApiException.class, () -> stack(Map.of("O365_HTTP_MAX_RETRIES", "7",
                "O365_HTTP_MAX_RETRY_WAIT_SECONDS", "3600")).send(getMe()));

        List<Duration> sleeps = sleeper.sleeps();
        assertEquals(7, sleeps.size());
        for (int retry = 0; retry < sleeps.size(); retry++) {
            Duration ceiling = Duration.ofSeconds(Math.min(30, 1L << retry));
            assertTrue(sleeps.get(retry).compareTo(ceiling) <= 0, "wait " + retry + " was " + sleeps.get(retry));
        }
    }

    @Test
    void exhaustedRetriesGiveOneLineNamingTheStatusTheCountAndTheSetting() {
        azure.client().register(get("/v1.0/me").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "19")));

        ApiException e = assertThrows(ApiException.class, () -> stack().send(getMe()));

        assertEquals(429, e.status());
        assertEquals("GET https://graph.microsoft.com/v1.0/me: throttled (429) 6 times over 95 s; "
                + "try again later or raise O365_HTTP_MAX_RETRIES", e.getMessage());
        assertEquals(5, sleeper.sleeps().size());
        azure.client().verifyThat(6, getRequestedFor(urlEqualTo("/v1.0/me")));
    }

    @Test
    void retriesStopBeforeTheTotalWaitWouldPassItsBudget() {
        azure.client().register(get("/v1.0/me").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "50")));

        ApiException e = assertThrows(ApiException.class, () -> stack().send(getMe()));

        assertEquals(Duration.ofSeconds(100), sleeper.total());
        assertEquals("GET https://graph.microsoft.com/v1.0/me: service unavailable (503) 3 times over 100 s, and the "
                + "next wait of 50 s would pass the 120 s allowed; try again later or raise O365_HTTP_MAX_RETRY_WAIT_SECONDS",
                e.getMessage());
        azure.client().verifyThat(3, getRequestedFor(urlEqualTo("/v1.0/me")));
    }

    @Test
    void aPostIsNotSentAgainAfterTheConnectionBrokeOnceItWasSent() {
        azure.client().register(post("/contoso.onmicrosoft.com/oauth2/v2.0/token")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        O365Exception e = assertThrows(O365Exception.class, () -> stack().send(postToken()));

        assertTrue(e.getMessage().startsWith("The connection to login.microsoftonline.com through the proxy localhost:"), e.getMessage());
        assertTrue(e.getMessage().contains("a POST is not sent again as the server may have processed it"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertEquals(List.of(), sleeper.sleeps());
        azure.client().verifyThat(1, postRequestedFor(urlEqualTo("/contoso.onmicrosoft.com/oauth2/v2.0/token")));
    }

    @Test
    void aPostAnswered429IsSentAgain() {
        firstThenOk(post("/contoso.onmicrosoft.com/oauth2/v2.0/token"), post("/contoso.onmicrosoft.com/oauth2/v2.0/token"),
                aResponse().withStatus(429).withHeader("Retry-After", "1"));

        HttpResponse<byte[]> response = stack().send(postToken());

        assertEquals(200, response.statusCode());
        azure.client().verifyThat(2, postRequestedFor(urlEqualTo("/contoso.onmicrosoft.com/oauth2/v2.0/token"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalTo("grant_type=client_credentials&client_id=app")));
    }

    /** A POST or PATCH the server may have acted on (5xx without a throttling promise) is never sent twice. */
    @ParameterizedTest
    @ValueSource(strings = {"POST 500", "POST 502", "POST 503", "POST 504", "PATCH 503", "PATCH 504"})
    void aPostOrPatchAnsweredWithA5xxIsNotSentAgain(String call) {
        String method = call.split(" ")[0];
        int status = Integer.parseInt(call.split(" ")[1]);
        azure.client().register(com.github.tomakehurst.wiremock.client.WireMock.any(urlEqualTo("/v1.0/groups"))
                .willReturn(aResponse().withStatus(status)));

        HttpResponse<byte[]> response = stack().send(HttpRequest.newBuilder(URI.create("https://graph.microsoft.com/v1.0/groups"))
                .method(method, HttpRequest.BodyPublishers.ofString("{}")).build());

        assertEquals(status, response.statusCode());
        assertEquals(List.of(), sleeper.sleeps());
        azure.client().verifyThat(1, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(urlEqualTo("/v1.0/groups")));
    }

    @Test
    void aPostAnswered503WithRetryAfterIsSentAgain() {
        firstThenOk(post("/contoso.onmicrosoft.com/oauth2/v2.0/token"), post("/contoso.onmicrosoft.com/oauth2/v2.0/token"),
                aResponse().withStatus(503).withHeader("Retry-After", "3"));

        HttpResponse<byte[]> response = stack().send(postToken());

        assertEquals(200, response.statusCode());
        assertEquals(List.of(Duration.ofSeconds(3)), sleeper.sleeps());
        azure.client().verifyThat(2, postRequestedFor(urlEqualTo("/contoso.onmicrosoft.com/oauth2/v2.0/token")));
    }

    /**
     * The JDK client itself resends an idempotent request once when the connection closes before
     * any response; the stack's own retries come on top, so three faults in a row are survived.
     */
    @ParameterizedTest
    @ValueSource(strings = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE"})
    void aGetIsSentAgainUntilTheConnectionHolds(String fault) {
        for (int i = 0; i < 3; i++) {
            azure.client().register(get("/v1.0/me").inScenario("faults").whenScenarioStateIs(i == 0 ? Scenario.STARTED : "fault " + i)
                    .willReturn(aResponse().withFault(Fault.valueOf(fault))).willSetStateTo("fault " + (i + 1)));
        }
        azure.client().register(get("/v1.0/me").inScenario("faults").whenScenarioStateIs("fault 3").willReturn(okJson("{}")));

        HttpResponse<byte[]> response = stack().send(getMe());

        assertEquals(200, response.statusCode());
        assertFalse(sleeper.sleeps().isEmpty());
        azure.client().verifyThat(4, getRequestedFor(urlEqualTo("/v1.0/me")));
    }

    @Test
    void aGetThatKeepsFailingNamesTheHostTheAttemptsAndWhatToCheck() {
        azure.client().register(get("/v1.0/me").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        O365Exception e = assertThrows(O365Exception.class, () -> stack(Map.of("O365_HTTP_MAX_RETRIES", "2")).send(getMe()));

        assertTrue(e.getMessage().matches("The connection to graph\\.microsoft\\.com through the proxy localhost:\\d+ broke during "
                + "GET /v1\\.0/me \\(.+\\) after 3 attempts; check the proxy \\(HTTPS_PROXY, NO_PROXY\\) and the network"), e.getMessage());
        assertEquals(2, sleeper.sleeps().size());
    }

    @Test
    void aResponseSlowerThanTheTimeoutNamesTheHostAndTheSetting() {
        azure.client().register(get("/v1.0/me").willReturn(okJson("{}").withFixedDelay(1500)));
        azure.client().register(get("/warm-up").willReturn(okJson("{}")));
        HttpStack stack = stack(Map.of("O365_HTTP_TIMEOUT_SECONDS", "1", "O365_HTTP_MAX_RETRIES", "0"));
        // A cold JVM may take most of a second for the tunnel and TLS; the timed request reuses this connection.
        stack.send(HttpRequest.newBuilder(URI.create("https://graph.microsoft.com/warm-up")).build());

        O365Exception e = assertThrows(O365Exception.class, () -> stack.send(getMe()));

        assertTrue(e.getMessage().startsWith("graph.microsoft.com through the proxy localhost:"), e.getMessage());
        assertTrue(e.getMessage().endsWith("did not answer GET /v1.0/me in time; try again later or raise O365_HTTP_TIMEOUT_SECONDS"),
                e.getMessage());
    }
}
