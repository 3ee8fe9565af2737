package org.o365cli.host.auth.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.FakeClock;
import org.o365cli.host.auth.PlainSender;
import org.o365cli.host.auth.SignInRequest;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.auth.UserAssignedIdentity;
import org.o365cli.host.auth.aad.JsonExchange;

class ManagedIdentitySignInTest {

    @RegisterExtension
    static WireMockExtension azure = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String IMDS_PATH = "/metadata/identity/oauth2/token";
    private static final String GRAPH = "https://graph.microsoft.com";
    private static final String USER_ASSIGNED = "9d1a2b3c-0000-4000-8000-000000000001";

    private final FakeClock clock = new FakeClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final ManagedIdentitySignIn flow = new ManagedIdentitySignIn(new JsonExchange(new PlainSender()), clock,
            new ManagedIdentityPlatform(URI.create(azure.baseUrl() + IMDS_PATH), null), secret -> { });

    @Test
    void appServiceEndpointWithItsHeaderAndResource() {
        azure.stubFor(get(urlPathEqualTo("/msi/token")).willReturn(okJson("{\"access_token\":\"at\",\"expires_on\":\"1714561200\","
                + "\"resource\":\"https://graph.microsoft.com\",\"token_type\":\"Bearer\"}")));

        TokenSet tokens = flow.signIn(request(null, Map.of("IDENTITY_ENDPOINT", azure.baseUrl() + "/msi/token",
                "IDENTITY_HEADER", "header-1")));

        assertEquals("at", tokens.accessToken());
        assertEquals(Instant.ofEpochSecond(1714561200), tokens.expiresOn());
        assertNull(tokens.refreshToken());
        azure.verify(getRequestedFor(urlPathEqualTo("/msi/token")).withHeader("X-IDENTITY-HEADER", equalTo("header-1"))
                .withQueryParam("api-version", equalTo("2019-08-01")).withQueryParam("resource", equalTo(GRAPH))
                .withQueryParam("client_id", absent()).withQueryParam("scope", absent()));
    }

    @Test
    void appServiceUserAssignedIdentityNamesItsClientId() {
        azure.stubFor(get(urlPathEqualTo("/msi/token")).willReturn(okJson("{\"access_token\":\"at\",\"expires_on\":1714561200}")));

        TokenSet tokens = flow.signIn(request(USER_ASSIGNED, Map.of("IDENTITY_ENDPOINT", azure.baseUrl() + "/msi/token",
                "IDENTITY_HEADER", "header-1")));

        assertEquals(Instant.ofEpochSecond(1714561200), tokens.expiresOn());
        azure.verify(getRequestedFor(urlPathEqualTo("/msi/token")).withQueryParam("client_id", equalTo(USER_ASSIGNED)));
    }

    @Test
    void legacyMsiEndpointWithItsSecretHeader() {
        azure.stubFor(get(urlPathEqualTo("/legacy")).willReturn(okJson("{\"access_token\":\"at\","
                + "\"expires_on\":\"05/01/2024 11:00:00 AM +00:00\"}")));

        TokenSet tokens = flow.signIn(request(USER_ASSIGNED, Map.of("MSI_ENDPOINT", azure.baseUrl() + "/legacy",
                "MSI_SECRET", "secret-1")));

        assertEquals(Instant.parse("2024-05-01T11:00:00Z"), tokens.expiresOn());
        azure.verify(getRequestedFor(urlPathEqualTo("/legacy")).withHeader("secret", equalTo("secret-1"))
                .withQueryParam("api-version", equalTo("2017-09-01")).withQueryParam("resource", equalTo(GRAPH))
                .withQueryParam("clientid", equalTo(USER_ASSIGNED)));
    }

    @Test
    void vmInstanceMetadataServiceWithMetadataHeader() {
        azure.stubFor(get(urlPathEqualTo(IMDS_PATH)).willReturn(okJson("{\"access_token\":\"at\",\"refresh_token\":\"\","
                + "\"expires_in\":\"3599\",\"expires_on\":\"1714565000\",\"not_before\":\"1714561100\","
                + "\"resource\":\"https://graph.microsoft.com\",\"token_type\":\"Bearer\"}")));

        TokenSet tokens = flow.signIn(request(USER_ASSIGNED, Map.of()));

        assertEquals(clock.instant().plusSeconds(3599), tokens.expiresOn());
        azure.verify(getRequestedFor(urlPathEqualTo(IMDS_PATH)).withHeader("Metadata", equalTo("true"))
                .withQueryParam("api-version", equalTo("2018-02-01")).withQueryParam("resource", equalTo(GRAPH))
                .withQueryParam("client_id", equalTo(USER_ASSIGNED)));
    }

    @Test
    void refusalSaysWhatToCheck() {
        azure.stubFor(get(urlPathEqualTo(IMDS_PATH)).willReturn(jsonResponse("{\"error\":\"invalid_request\","
                + "\"error_description\":\"Identity not found\"}", 400)));

        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(request(USER_ASSIGNED, Map.of())));

        assertEquals("The managed identity endpoint refused the token request with HTTP 400: Identity not found"
                + " (invalid_request): check that the user-assigned managed identity " + USER_ASSIGNED
                + " is assigned to this machine or app", e.getMessage());
    }

    /** Cloud Shell's endpoint takes a form POST of the resource with {@code Metadata: true}, and no api-version. */
    @Test
    void cloudShellEndpointWithoutASecretGetsAFormPost() {
        azure.stubFor(post(urlPathEqualTo("/oauth2/token")).willReturn(okJson("{\"access_token\":\"at\",\"expires_in\":\"3599\","
                + "\"expires_on\":\"1714565000\",\"resource\":\"https://graph.microsoft.com\",\"token_type\":\"Bearer\"}")));

        TokenSet tokens = flow.signIn(request(null, Map.of("MSI_ENDPOINT", azure.baseUrl() + "/oauth2/token")));

        assertEquals("at", tokens.accessToken());
        azure.verify(1, postRequestedFor(urlEqualTo("/oauth2/token")).withHeader("Metadata", equalTo("true"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("resource=https%3A%2F%2Fgraph.microsoft.com")));
    }

    @Test
    void cloudShellHasNoUserAssignedIdentityAndNothingIsSent() {
        O365Exception e = assertThrows(O365Exception.class,
                () -> flow.signIn(request(USER_ASSIGNED, Map.of("MSI_ENDPOINT", azure.baseUrl() + "/oauth2/token"))));

        assertEquals("Azure Cloud Shell (MSI_ENDPOINT without MSI_SECRET) has no user-assigned managed identities, so "
                + USER_ASSIGNED + " cannot be used there; connect with --authType identity and no --userName or --objectId", e.getMessage());
        assertEquals(0, azure.getAllServeEvents().size());
    }

    @Test
    void serviceFabricIsRefusedInOneLineAndItsEndpointNeverGetsTheHeader() {
        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(request(null, Map.of(
                "IDENTITY_ENDPOINT", azure.baseUrl() + "/sf/token", "IDENTITY_HEADER", "sf-header", "IDENTITY_SERVER_THUMBPRINT", "AB12"))));

        assertEquals("Managed identity on Azure Service Fabric (IDENTITY_SERVER_THUMBPRINT is set) is not supported by o365;"
                + " connect with --authType certificate or secret and an app registration instead", e.getMessage());
        assertEquals(0, azure.getAllServeEvents().size());
    }

    private static SignInRequest request(String clientId, Map<String, String> env) {
        return new SignInRequest(AuthType.IDENTITY, null, null, null, Resource.of(GRAPH), null, null, null, null,
                UserAssignedIdentity.of(clientId, null), null, env);
    }
}
