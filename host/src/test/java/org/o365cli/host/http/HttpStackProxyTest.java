package org.o365cli.host.http;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.auth.O365Exception;

class HttpStackProxyTest {

    @RegisterExtension
    static AzureWireMock azure = new AzureWireMock("api.nowhere.invalid");

    private HttpStack stack(Map<String, String> env) {
        return new HttpStack(HttpSettings.fromEnvironment(env), Clock.systemUTC(), new RecordingSleeper(), HttpTrace.off(), "1.2.3");
    }

    private static HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).build();
    }

    @Test
    void productionUrlReachesWireMockOverHttpsThroughTheProxyWithTheUserAgent() {
        azure.client().register(get("/v1.0/me").withHost(equalTo("graph.microsoft.com"))
                .willReturn(okJson("{\"displayName\":\"Megan\"}")));

        HttpResponse<byte[]> response = stack(azure.environment()).send(request("https://graph.microsoft.com/v1.0/me"));

        assertEquals(200, response.statusCode());
        assertEquals("{\"displayName\":\"Megan\"}", new String(response.body(), StandardCharsets.UTF_8));
        azure.client().verifyThat(getRequestedFor(urlEqualTo("/v1.0/me"))
                .withHeader("User-Agent", equalTo("NONISV|o365cli|o365/1.2.3")));
    }

    @Test
    void aRequestNoStubMatchesGetsA404AndStaysOnThisMachine() {
        HttpResponse<byte[]> response = stack(azure.environment()).send(request("https://contoso.sharepoint.com/_api/web"));

        assertEquals(404, response.statusCode());
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("AzureWireMock"));
    }

    @Test
    void withoutTheCaFileTheProxysCertificateIsRefusedWithAHintAtO365CaFile() {
        Map<String, String> env = new HashMap<>(azure.environment());
        env.remove("O365_CA_FILE");

        O365Exception e = assertThrows(O365Exception.class, () -> stack(env).send(request("https://graph.microsoft.com/v1.0/me")));

        assertTrue(e.getMessage().startsWith("The TLS connection to graph.microsoft.com through the proxy localhost:"), e.getMessage());
        assertTrue(e.getMessage().contains("(its certificate is not trusted); behind a TLS-inspecting proxy, set O365_CA_FILE"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aHostOutsideNoProxyGoesThroughTheProxy() {
        azure.client().register(get("/ping").willReturn(okJson("{}")));

        HttpResponse<byte[]> response = stack(azure.environment(Map.of("NO_PROXY", "contoso.com")))
                .send(request("https://api.nowhere.invalid/ping"));

        assertEquals(200, response.statusCode());
    }

    /** {@code .invalid} never resolves, so a direct connection fails at once instead of reaching WireMock. */
    @ParameterizedTest
    @ValueSource(strings = {"api.nowhere.invalid", "nowhere.invalid", ".nowhere.invalid", "*.invalid", "*",
            "contoso.com, api.nowhere.invalid:443", "API.NOWHERE.INVALID."})
    void aHostInNoProxyIsReachedDirectlyNotThroughTheProxy(String noProxy) {
        azure.client().register(get("/ping").willReturn(okJson("{}")));
        HttpStack stack = stack(azure.environment(Map.of("NO_PROXY", noProxy, "O365_HTTP_MAX_RETRIES", "0")));

        O365Exception e = assertThrows(O365Exception.class, () -> stack.send(request("https://api.nowhere.invalid/ping")));

        assertEquals("Could not connect to api.nowhere.invalid (host name not found); "
                + "check the network, and set HTTPS_PROXY if a proxy is needed", e.getMessage());
        assertEquals(0, azure.client().find(anyRequestedFor(anyUrl())).size());
    }

    @Test
    void aNoProxyEntryForAnotherPortStillUsesTheProxy() {
        azure.client().register(get("/ping").willReturn(okJson("{}")));

        HttpResponse<byte[]> response = stack(azure.environment(Map.of("NO_PROXY", "api.nowhere.invalid:8443")))
                .send(request("https://api.nowhere.invalid/ping"));

        assertEquals(200, response.statusCode());
    }
}
