package org.o365cli.host.auth.devicecode;

import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o365cli.host.auth.AzureAdStubs.APP_ID;
import static org.o365cli.host.auth.AzureAdStubs.DEVICE_PATH;
import static org.o365cli.host.auth.AzureAdStubs.TENANT;
import static org.o365cli.host.auth.AzureAdStubs.TOKEN_PATH;
import static org.o365cli.host.auth.AzureAdStubs.field;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.AzureAdStubs;
import org.o365cli.host.auth.Endpoints;
import org.o365cli.host.auth.FakeClock;
import org.o365cli.host.auth.PlainSender;
import org.o365cli.host.auth.SignInRequest;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.auth.aad.JsonExchange;
import org.o365cli.host.auth.aad.TokenEndpoint;

class DeviceCodeSignInTest {

    @RegisterExtension
    static WireMockExtension aad = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String MESSAGE = "To sign in, use a web browser to open the page https://microsoft.com/devicelogin"
            + " and enter the code ABCD-EFGH to authenticate.";

    private final FakeClock clock = new FakeClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final List<Duration> sleeps = new ArrayList<>();
    private final List<String> prompts = new ArrayList<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final JsonExchange exchange = new JsonExchange(new PlainSender());
    private final DeviceCodeSignIn flow = new DeviceCodeSignIn(exchange, new TokenEndpoint(exchange, clock), clock,
            duration -> {
                sleeps.add(duration);
                clock.advance(duration);
            }, prompts::add, cancelled::get);

    @Test
    void pendingThenSlowDownThenTokens() {
        aad.stubFor(post(urlPathEqualTo(DEVICE_PATH)).willReturn(okJson(deviceCode(900, MESSAGE))));
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).inScenario("poll").whenScenarioStateIs(STARTED)
                .willReturn(pollError("authorization_pending", "70016")).willSetStateTo("slow"));
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).inScenario("poll").whenScenarioStateIs("slow")
                .willReturn(pollError("slow_down", "70016")).willSetStateTo("done"));
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).inScenario("poll").whenScenarioStateIs("done")
                .willReturn(AzureAdStubs.tokens("at-1", "rt-1", 3600)));

        TokenSet tokens = flow.signIn(request(AzureAdStubs.endpoints(aad.baseUrl())));

        assertEquals("at-1", tokens.accessToken());
        assertEquals("rt-1", tokens.refreshToken());
        assertEquals(List.of(MESSAGE), prompts);
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10)), sleeps);
        assertEquals(Instant.parse("2024-05-01T10:00:20Z").plusSeconds(3600), tokens.expiresOn());

        LoggedRequest authorize = aad.findAll(postRequestedFor(urlPathEqualTo(DEVICE_PATH))).get(0);
        assertEquals(APP_ID, field(authorize, "client_id"));
        assertEquals("https://contoso-admin.sharepoint.com/.default offline_access openid profile", field(authorize, "scope"));
        List<LoggedRequest> polls = aad.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        assertEquals(3, polls.size());
        for (LoggedRequest poll : polls) {
            assertEquals("urn:ietf:params:oauth:grant-type:device_code", field(poll, "grant_type"));
            assertEquals(APP_ID, field(poll, "client_id"));
            assertEquals("dc-1", field(poll, "device_code"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "authorization_declined | 70000 | Sign-in was declined on the device login page: run the command again and accept the sign-in",
        "expired_token          | 70020 | The device code expired after 15 minutes before sign-in completed: run the command again and sign in sooner",
        "bad_verification_code  | 70019 | The identity provider doesn't recognise the device code it issued: run the command again",
    })
    void endOfPollingIsOneLine(String error, String code, String message) {
        aad.stubFor(post(urlPathEqualTo(DEVICE_PATH)).willReturn(okJson(deviceCode(900, MESSAGE))));
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(pollError(error, code)));

        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(request(AzureAdStubs.endpoints(aad.baseUrl()))));

        assertEquals(message, e.getMessage());
        assertEquals(1, aad.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).size());
    }

    @Test
    void pollingStopsWhenTheCodeExpires() {
        aad.stubFor(post(urlPathEqualTo(DEVICE_PATH)).willReturn(okJson(deviceCode(12, MESSAGE))));
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(pollError("authorization_pending", "70016")));

        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(request(AzureAdStubs.endpoints(aad.baseUrl()))));

        assertEquals("The device code expired after 12 seconds before sign-in completed: run the command again and sign in sooner",
                e.getMessage());
        assertEquals(2, aad.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).size());
    }

    @Test
    void cancellationStopsPolling() {
        aad.stubFor(post(urlPathEqualTo(DEVICE_PATH)).willReturn(okJson(deviceCode(900, MESSAGE))));
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(pollError("authorization_pending", "70016")));
        DeviceCodeSignIn cancelling = new DeviceCodeSignIn(exchange, new TokenEndpoint(exchange, clock), clock, duration -> {
            sleeps.add(duration);
            cancelled.set(sleeps.size() == 2);
        }, prompts::add, cancelled::get);

        O365Exception e = assertThrows(O365Exception.class, () -> cancelling.signIn(request(AzureAdStubs.endpoints(aad.baseUrl()))));

        assertEquals("Sign-in cancelled", e.getMessage());
        assertEquals(1, aad.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).size());
    }

    @Test
    void withoutMessageThePromptNamesTheUrlAndTheCode() {
        aad.stubFor(post(urlPathEqualTo(DEVICE_PATH)).willReturn(okJson(deviceCode(900, null))));
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.tokens("at", "rt", 60)));

        flow.signIn(request(AzureAdStubs.endpoints(aad.baseUrl())));

        assertEquals(List.of("To sign in, open https://microsoft.com/devicelogin in a browser and enter the code ABCD-EFGH"), prompts);
    }

    @Test
    void theProvidersMessageReachesTheTerminalWithoutEscapeSequences() {
        aad.stubFor(post(urlPathEqualTo(DEVICE_PATH)).willReturn(okJson(deviceCode(900,
                "\\u001b]0;owned\\u0007\\u001b[1mOpen\\u001b[0m https://microsoft.com/devicelogin\\nand enter ABCD-EFGH"))));
        aad.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(AzureAdStubs.tokens("at", "rt", 60)));

        flow.signIn(request(AzureAdStubs.endpoints(aad.baseUrl())));

        assertEquals(List.of("Open https://microsoft.com/devicelogin and enter ABCD-EFGH"), prompts);
    }

    @Test
    void refusedDeviceAuthorizationIsMappedToWords() {
        aad.stubFor(post(urlPathEqualTo(DEVICE_PATH)).willReturn(AzureAdStubs.error(400, "unauthorized_client", "700016",
                "Application with identifier 'x' was not found in the directory 'contoso'.")));

        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(request(AzureAdStubs.endpoints(aad.baseUrl()))));

        assertTrue(e.getMessage().startsWith("Sign-in failed: the application was not found in the tenant"), e.getMessage());
    }

    @Test
    void issuerWithoutDeviceAuthorizationEndpointIsNamed() {
        Endpoints endpoints = new Endpoints("https://idp.example/realms/x", URI.create("https://idp.example/token"), null, null);

        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(request(endpoints)));

        assertEquals("The issuer https://idp.example/realms/x has no device authorization endpoint: use --authType browser",
                e.getMessage());
    }

    private static SignInRequest request(Endpoints endpoints) {
        return new SignInRequest(AuthType.DEVICE_CODE, APP_ID, TENANT, endpoints, Resource.of("https://contoso-admin.sharepoint.com"),
                null, null, null, null, null, null, null);
    }

    private static String deviceCode(int expiresIn, String message) {
        return "{\"user_code\":\"ABCD-EFGH\",\"device_code\":\"dc-1\",\"verification_uri\":\"https://microsoft.com/devicelogin\","
                + "\"expires_in\":" + expiresIn + ",\"interval\":5" + (message == null ? "" : ",\"message\":\"" + message + "\"") + "}";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder pollError(String error, String code) {
        return jsonResponse("{\"error\":\"" + error + "\",\"error_description\":\"AADSTS" + code + ": " + error
                + ".\\r\\nTrace ID: t\\r\\nCorrelation ID: c\",\"error_codes\":[" + code + "]}", 400);
    }
}
