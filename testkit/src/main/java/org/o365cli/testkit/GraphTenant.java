package org.o365cli.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The tenant "contoso" played by {@link O365Extension#stubs()} rather than by the sandbox, for end-to-end tests
 * that check the exact requests a Microsoft Graph command sends: sign-in with a client secret at
 * {@code login.microsoftonline.com}, and Graph's answers in its documented shapes (OData pages with
 * {@code @odata.nextLink}, errors with a request id, throttling with {@code Retry-After}).
 * <pre>{@code
 * @RegisterExtension
 * static O365Extension o365 = O365Extension.forBuiltPack();
 *
 * @BeforeEach
 * void connect() {
 *     GraphTenant.connect(o365, "aad");
 * }
 *
 * @Test
 * void listsEveryPage() {
 *     GraphTenant.stubPages(o365.stubs(), "/v1.0/applications", 5, 2);
 *     RunResult list = o365.run("aad", "app", "list");
 *     assertEquals(3, list.requests().size(), list::toString);
 * }
 * }</pre>
 * A connection to the sandbox ({@code connect --sandbox}) is answered by the sandbox itself, never by stubs: use
 * this class when the stubs must see Graph's requests.
 */
public final class GraphTenant {

    /** The access token the stubbed tenant issues for Microsoft Graph: an unsigned JWT with Graph's audience. */
    public static final String TOKEN = new PlainJWT(new JWTClaimsSet.Builder()
            .audience("https://graph.microsoft.com").build()).serialize();

    /** The token endpoint of the tenant, {@code contoso.onmicrosoft.com}, on {@code login.microsoftonline.com}. */
    public static final String TOKEN_PATH = "/contoso.onmicrosoft.com/oauth2/v2.0/token";

    private GraphTenant() {
    }

    /**
     * Stubs the tenant's token endpoint to issue {@link #TOKEN} and runs {@code o365 <service> connect} with a client
     * secret (app id {@code a}, secret {@code secret-value}).
     *
     * @param o365    the extension whose stubs play the tenant
     * @param service the service to connect, e.g. {@code aad}
     * @return the connect run
     * @throws AssertionError when the connect fails
     */
    public static RunResult connect(O365Extension o365, String service) {
        o365.stubs().register(post(urlEqualTo(TOKEN_PATH)).withHost(equalTo("login.microsoftonline.com"))
                .willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"" + TOKEN + "\"}")));
        RunResult connect = o365.run(service, "connect", "--authType", "secret", "--appId", "a", "--tenant",
                "contoso.onmicrosoft.com", "--secret", "secret-value");
        if (connect.exitCode() != 0) {
            throw new AssertionError("o365 " + service + " connect failed: " + connect);
        }
        return connect;
    }

    /**
     * The headers every Graph call carries: the bearer {@link #TOKEN} and a JSON {@code Accept}.
     *
     * @param request the request to match, e.g. {@code getRequestedFor(urlEqualTo("/v1.0/me"))}
     * @return the request with those headers required
     */
    public static RequestPatternBuilder withGraphHeaders(RequestPatternBuilder request) {
        return request.withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Accept", equalTo("application/json"));
    }

    /**
     * Serves {@code count} items {@code {"id":"1","displayName":"Item 1"}}, … as an OData collection in pages of
     * {@code pageSize}, the first at {@code firstUrl}, each linking the next by {@code $skiptoken}.
     *
     * @param stubs    the stubs' client
     * @param firstUrl the path and encoded query of the first page, e.g. {@code /v1.0/users?$top=2}
     * @param count    the number of items, 0 for an empty collection
     * @param pageSize the items on a page
     */
    public static void stubPages(WireMock stubs, String firstUrl, int count, int pageSize) {
        String separator = firstUrl.contains("?") ? "&" : "?";
        for (int from = 1; from <= Math.max(count, 1); from += pageSize) {
            int to = Math.min(count, from + pageSize - 1);
            String url = from == 1 ? firstUrl : firstUrl + separator + "$skiptoken=" + from;
            String next = to < count ? "https://graph.microsoft.com" + firstUrl + separator + "$skiptoken=" + (to + 1) : null;
            String items = IntStream.rangeClosed(from, to)
                    .mapToObj(i -> "{\"id\":\"" + i + "\",\"displayName\":\"Item " + i + "\"}")
                    .collect(Collectors.joining(","));
            stubs.register(get(urlEqualTo(url)).willReturn(okJson(page(next, items))));
        }
    }

    /**
     * An OData collection page, as Graph gives it.
     *
     * @param nextLink the absolute URL of the next page, or null on the last page
     * @param items    the JSON items, comma-separated
     * @return the page's JSON text
     */
    public static String page(String nextLink, String items) {
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#directoryObjects\","
                + (nextLink == null ? "" : "\"@odata.nextLink\":\"" + nextLink + "\",") + "\"value\":[" + items + "]}";
    }

    /**
     * Answers a request with 429 and {@code Retry-After: 1} once, then with {@code ok}, as Graph throttles.
     *
     * @param stubs   the stubs' client
     * @param request makes the request's stub, e.g. {@code () -> get(urlEqualTo("/v1.0/users"))}
     * @param ok      the answer after the throttling
     */
    public static void stubThrottledThenOk(WireMock stubs, Supplier<MappingBuilder> request, ResponseDefinitionBuilder ok) {
        stubs.register(request.get().inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        stubs.register(request.get().inScenario("throttle").whenScenarioStateIs("ok").willReturn(ok));
    }
}
