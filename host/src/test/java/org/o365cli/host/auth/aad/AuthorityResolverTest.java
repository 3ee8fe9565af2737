package org.o365cli.host.auth.aad;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.auth.Endpoints;
import org.o365cli.host.auth.PlainSender;

class AuthorityResolverTest {

    @RegisterExtension
    static WireMockExtension idp = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final AuthorityResolver offline = new AuthorityResolver(new JsonExchange(request -> {
        throw new AssertionError("no request expected for an Azure AD authority");
    }));
    private final AuthorityResolver resolver = new AuthorityResolver(new JsonExchange(new PlainSender()));

    @ParameterizedTest
    @ValueSource(strings = {"https://login.microsoftonline.com/contoso.onmicrosoft.com",
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/", "https://LOGIN.microsoftonline.com/contoso.onmicrosoft.com/v2.0"})
    void azureAdAuthorityMapsToV2EndpointsWithoutARequest(String authority) {
        Endpoints endpoints = offline.resolve(authority);

        assertEquals("https://login.microsoftonline.com/contoso.onmicrosoft.com", endpoints.issuer());
        assertEquals(URI.create("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"), endpoints.token());
        assertEquals(URI.create("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/devicecode"),
                endpoints.deviceAuthorization());
        assertEquals(URI.create("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize"),
                endpoints.authorization());
    }

    @Test
    void otherCloudsLoginHostsAreAzureAdToo() {
        assertEquals(URI.create("https://login.chinacloudapi.cn/t1/oauth2/v2.0/token"),
                offline.resolve("https://login.chinacloudapi.cn/t1").token());
        assertEquals(URI.create("https://login.microsoftonline.us/t2/oauth2/v2.0/token"),
                offline.resolve("https://login.microsoftonline.us/t2").token());
    }

    @Test
    void azureAdAuthorityWithoutTenantIsRefused() {
        O365Exception e = assertThrows(O365Exception.class, () -> offline.resolve("https://login.microsoftonline.com"));

        assertTrue(e.getMessage().contains("names no tenant"), e.getMessage());
    }

    @Test
    void notAUrlIsRefused() {
        assertThrows(O365Exception.class, () -> offline.resolve("contoso"));
    }

    @Test
    void otherIssuerIsDiscovered() {
        String issuer = idp.baseUrl() + "/realms/o365";
        idp.stubFor(get(urlPathEqualTo("/realms/o365/.well-known/openid-configuration")).willReturn(okJson(metadata(issuer, true))));

        Endpoints endpoints = resolver.resolve(issuer);

        assertEquals(issuer, endpoints.issuer());
        assertEquals(URI.create(issuer + "/protocol/openid-connect/token"), endpoints.token());
        assertEquals(URI.create(issuer + "/protocol/openid-connect/auth/device"), endpoints.deviceAuthorization());
        assertEquals(URI.create(issuer + "/protocol/openid-connect/auth"), endpoints.authorization());
    }

    @Test
    void issuerWithoutDeviceAuthorizationEndpointHasNone() {
        String issuer = idp.baseUrl() + "/plain";
        idp.stubFor(get(urlPathEqualTo("/plain/.well-known/openid-configuration")).willReturn(okJson(metadata(issuer, false))));

        assertNull(resolver.resolve(issuer).deviceAuthorization());
    }

    @Test
    void htmlInsteadOfConfigurationIsOneLine() {
        idp.stubFor(get(urlPathEqualTo("/html/.well-known/openid-configuration")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>portal</body></html>")));

        O365Exception e = assertThrows(O365Exception.class, () -> resolver.resolve(idp.baseUrl() + "/html"));

        assertTrue(e.getMessage().contains("answered HTTP 200"), e.getMessage());
        assertFalse(e.getMessage().contains("portal"), e.getMessage());
    }

    @Test
    void missingConfigurationIsOneLine() {
        idp.stubFor(get(urlPathEqualTo("/gone/.well-known/openid-configuration")).willReturn(aResponse().withStatus(404)));

        O365Exception e = assertThrows(O365Exception.class, () -> resolver.resolve(idp.baseUrl() + "/gone"));

        assertTrue(e.getMessage().contains(idp.baseUrl() + "/gone/.well-known/openid-configuration"), e.getMessage());
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    }

    @Test
    void unreachableIssuerIsOneLine() {
        O365Exception e = assertThrows(O365Exception.class, () -> resolver.resolve("http://127.0.0.1:1/realms/x"));

        assertTrue(e.getMessage().startsWith("Could not reach the OpenID configuration endpoint"), e.getMessage());
    }

    private static String metadata(String issuer, boolean device) {
        return "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/protocol/openid-connect/auth\","
                + "\"token_endpoint\":\"" + issuer + "/protocol/openid-connect/token\","
                + (device ? "\"device_authorization_endpoint\":\"" + issuer + "/protocol/openid-connect/auth/device\"," : "")
                + "\"jwks_uri\":\"" + issuer + "/protocol/openid-connect/certs\",\"response_types_supported\":[\"code\"],"
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
    }
}
