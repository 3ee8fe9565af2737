package org.o365cli.host.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;

/**
 * The contoso tenant the Microsoft Graph commands' tests run against (the graph and aad plugins'):
 * a connection made with a client secret,
 * and the ways Microsoft Graph answers (pages, errors, throttling).
 */
public final class GraphTestTenant {

    /** The access token the tenant issues for Microsoft Graph: an unsigned JWT with the Graph audience. */
    public static final String TOKEN = new PlainJWT(new JWTClaimsSet.Builder()
            .audience("https://graph.microsoft.com").build()).serialize();

    private GraphTestTenant() {
    }

    /** Runs {@code o365 <service> connect} with a client secret against the WireMock tenant, and returns the runner. */
    public static CliRunner connect(AzureWireMock azure, Path root, String service) {
        CliRunner o365 = new CliRunner(root).withEnvironment(azure.environment());
        azure.client().register(post(urlEqualTo("/contoso.onmicrosoft.com/oauth2/v2.0/token"))
                .willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"" + TOKEN + "\"}")));
        Result connect = o365.run(service, "connect", "--authType", "secret", "--appId", "a", "--tenant",
                "contoso.onmicrosoft.com", "--secret", "secret-value");
        assertEquals(0, connect.exitCode(), connect::toString);
        return o365;
    }

    /** The headers every Graph call carries: the bearer token and a JSON Accept. */
    public static RequestPatternBuilder withGraphHeaders(RequestPatternBuilder request) {
        return request.withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Accept", equalTo("application/json"));
    }

    /**
     * Serves {@code count} items {@code {"id":"1","displayName":"Item 1"}}, … as an OData collection of
     * pages of {@code pageSize}, the first at {@code firstUrl} (path and encoded query).
     */
    public static void stubPages(AzureWireMock azure, String firstUrl, int count, int pageSize) {
        String separator = firstUrl.contains("?") ? "&" : "?";
        for (int from = 1; from <= Math.max(count, 1); from += pageSize) {
            int to = Math.min(count, from + pageSize - 1);
            String url = from == 1 ? firstUrl : firstUrl + separator + "$skiptoken=" + from;
            String next = to < count ? "https://graph.microsoft.com" + firstUrl + separator + "$skiptoken=" + (to + 1) : null;
            String items = IntStream.rangeClosed(from, to)
                    .mapToObj(i -> "{\"id\":\"" + i + "\",\"displayName\":\"Item " + i + "\"}")
                    .collect(Collectors.joining(","));
            azure.client().register(get(urlEqualTo(url)).willReturn(okJson(page(next, items))));
        }
    }

    /** An OData collection page holding the given JSON items, with a next link unless it is null, as Graph gives it. */
    public static String page(String nextLink, String items) {
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#directoryObjects\","
                + (nextLink == null ? "" : "\"@odata.nextLink\":\"" + nextLink + "\",") + "\"value\":[" + items + "]}";
    }

    /** Answers the request with 429 and {@code Retry-After: 1} once, then with {@code ok}. */
    public static void stubThrottledThenOk(AzureWireMock azure, Supplier<MappingBuilder> request, ResponseDefinitionBuilder ok) {
        azure.client().register(request.get().inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        azure.client().register(request.get().inScenario("throttle").whenScenarioStateIs("ok").willReturn(ok));
    }

    /** Asserts the run failed with exit code 1 and one line on stderr holding {@code message}. */
    public static void assertOneLineError(Result result, String message) {
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("", result.out(), result::toString);
        String err = result.err().trim();
        assertTrue(err.startsWith("Error: ") && err.contains(message), result::toString);
        assertFalse(err.contains("\n"), result::toString);
    }

    /** How Microsoft Graph fails a call, and what the user reads then. */
    public enum Failure {
        NOT_FOUND(404, "Request_ResourceNotFound", "Resource 'x' does not exist or one of its queried reference-property objects are not present."),
        FORBIDDEN(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation."),
        HTML_PAGE(200, null, "answered with an HTML page instead of JSON");

        /** The request id Graph gives a failed request, in its headers and its error's innerError. */
        public static final String REQUEST_ID = "b3c9f1de-2a47-4f0e-9d6c-8e1f2a3b4c5d";

        private final int status;
        private final String code;
        private final String message;

        Failure(int status, String code, String message) {
            this.status = status;
            this.code = code;
            this.message = message;
        }

        /** The answer Graph gives. */
        public ResponseDefinitionBuilder response() {
            if (code == null) {
                return aResponse().withStatus(status).withHeader("Content-Type", "text/html")
                        .withBody("<html><body>Sign in to continue</body></html>");
            }
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withHeader("request-id", REQUEST_ID).withHeader("client-request-id", REQUEST_ID)
                    .withBody("{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"innerError\":{"
                            + "\"date\":\"2026-12-01T14:00:00\",\"request-id\":\"" + REQUEST_ID + "\",\"client-request-id\":\""
                            + REQUEST_ID + "\"}}}");
        }

        /** What the one-line error holds: Graph's message, and its request id when Graph answered JSON. */
        public String message() {
            return code == null ? message : message + " [" + code + "] (request id " + REQUEST_ID + ")";
        }
    }
}
