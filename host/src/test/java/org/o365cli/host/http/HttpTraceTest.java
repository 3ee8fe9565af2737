package org.o365cli.host.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.o365cli.auth.AccessToken;
import org.o365cli.auth.Resource;

class HttpTraceTest {

    @RegisterExtension
    static AzureWireMock azure = new AzureWireMock();

    private static final String TOKEN_URL = "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token";
    private static final String BEARER = "opaque-bearer-value-7d1c";
    private static final List<String> FORM_SECRETS = List.of("RT-0.AXoA-refresh", "CS-client~secret", "PW-hunter2", "CA-assertion-value");
    private static final String ID_TOKEN = RedactorTest.JWT;
    private static final String ACCESS_TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJzY3AiOiJVc2VyLlJlYWQifQ.c2ln";

    private final StringWriter written = new StringWriter();

    private HttpStack stack(HttpTrace.Level level) {
        HttpTrace trace = new HttpTrace(new PrintWriter(written), level, new Redactor());
        return new HttpStack(HttpSettings.fromEnvironment(azure.environment()), Clock.systemUTC(), new RecordingSleeper(), trace, "1.2.3");
    }

    @Test
    void debugShowsRequestsAndResponsesWithoutAnySecret() {
        azure.client().register(post("/contoso.onmicrosoft.com/oauth2/v2.0/token").willReturn(okJson(
                "{\"token_type\":\"Bearer\",\"access_token\":\"" + ACCESS_TOKEN + "\",\"extra\":{\"jwt\":\"" + ID_TOKEN + "\"}}")));
        azure.client().register(get("/v1.0/me").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain")
                .withBody("certificate and key:\n" + RedactorTest.PEM)));
        HttpStack stack = stack(HttpTrace.Level.DEBUG);
        String form = "grant_type=refresh_token&refresh_token=" + FORM_SECRETS.get(0) + "&client_secret=" + FORM_SECRETS.get(1)
                + "&password=" + FORM_SECRETS.get(2) + "&client_assertion=" + FORM_SECRETS.get(3) + "&client_id=app-id";

        stack.send(HttpRequest.newBuilder(URI.create(TOKEN_URL)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        stack.send(HttpRequest.newBuilder(URI.create("https://graph.microsoft.com/v1.0/me")).build(),
                new AccessToken(BEARER, Resource.of("https://graph.microsoft.com"), Instant.now().plusSeconds(60)));

        String trace = written.toString();
        assertTrue(trace.contains("> POST " + TOKEN_URL + "\n"), trace);
        assertTrue(trace.matches("(?s).*< 200 POST " + TOKEN_URL + " \\(\\d+ ms\\)\n.*"), trace);
        assertTrue(trace.contains("> GET https://graph.microsoft.com/v1.0/me\n"), trace);
        assertTrue(trace.contains("> Authorization: Bearer <redacted>"), trace);
        assertTrue(trace.contains("grant_type=refresh_token&refresh_token=<redacted>&client_secret=<redacted>"), trace);
        assertTrue(trace.contains("&client_id=app-id"), trace);
        assertTrue(trace.contains("\"access_token\":\"<redacted>\""), trace);
        assertTrue(trace.contains("certificate and key:\n<redacted>"), trace);
        for (String secret : List.of(BEARER, ID_TOKEN, ACCESS_TOKEN, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj")) {
            assertFalse(trace.contains(secret), "trace shows " + secret + ":\n" + trace);
        }
        for (String secret : FORM_SECRETS) {
            assertFalse(trace.contains(secret), "trace shows " + secret + ":\n" + trace);
        }
    }

    @Test
    void debugShowsBinaryBodiesAsTheirSizeAndCutsLongOnes() {
        azure.client().register(get("/photo").willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(new byte[] {1, 2, 3})));
        azure.client().register(get("/long").willReturn(okJson("[\"" + "x".repeat(5000) + "\"]")));
        HttpStack stack = stack(HttpTrace.Level.DEBUG);

        stack.send(HttpRequest.newBuilder(URI.create("https://graph.microsoft.com/photo")).build());
        stack.send(HttpRequest.newBuilder(URI.create("https://graph.microsoft.com/long")).build());

        String trace = written.toString();
        assertTrue(trace.contains("\n<3 bytes>\n"), trace);
        assertTrue(trace.contains("x".repeat(4094) + "... (5004 bytes in all)\n"), trace);
        assertFalse(trace.contains("x".repeat(4095)), trace);
    }

    @Test
    void verboseShowsOneLinePerRequestAndEachRetryWithSecretsInTheUrlMasked() {
        azure.client().register(get(urlPathEqualTo("/v1.0/me")).inScenario("t").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")).willSetStateTo("ok"));
        azure.client().register(get(urlPathEqualTo("/v1.0/me")).inScenario("t").whenScenarioStateIs("ok").willReturn(okJson("{}")));

        stack(HttpTrace.Level.VERBOSE).send(HttpRequest.newBuilder(URI.create("https://graph.microsoft.com/v1.0/me?access_token=abc")).build());

        List<String> lines = written.toString().lines().toList();
        assertEquals(3, lines.size(), written.toString());
        assertTrue(lines.get(0).matches("GET https://graph\\.microsoft\\.com/v1\\.0/me\\?access_token=<redacted> -> 429 \\(\\d+ ms\\)"), lines.get(0));
        assertEquals("Retrying GET https://graph.microsoft.com/v1.0/me?access_token=<redacted> in 3000 ms after status 429 (attempt 2 of 6)",
                lines.get(1));
        assertTrue(lines.get(2).matches("GET .* -> 200 \\(\\d+ ms\\)"), lines.get(2));
    }

    @Test
    void offWritesNothing() {
        azure.client().register(get("/v1.0/me").willReturn(okJson("{}")));

        stack(HttpTrace.Level.OFF).send(HttpRequest.newBuilder(URI.create("https://graph.microsoft.com/v1.0/me")).build());

        assertEquals("", written.toString());
    }
}
