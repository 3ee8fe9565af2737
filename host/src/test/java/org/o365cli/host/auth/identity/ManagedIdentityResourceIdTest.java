package org.o365cli.host.auth.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.o365cli.host.auth.UserAssignedIdentity;
import org.o365cli.host.auth.aad.JsonExchange;

/** A user-assigned identity given by its Azure resource id goes out under each endpoint's own parameter name. */
class ManagedIdentityResourceIdTest {

    @RegisterExtension
    static WireMockExtension azure = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String IMDS_PATH = "/metadata/identity/oauth2/token";
    private static final String GRAPH = "https://graph.microsoft.com";
    private static final String RESOURCE_ID = "/subscriptions/0000-1111/resourceGroups/rg/providers"
            + "/Microsoft.ManagedIdentity/userAssignedIdentities/o365-runner";

    private final ManagedIdentitySignIn flow = new ManagedIdentitySignIn(new JsonExchange(new PlainSender()),
            new FakeClock(Instant.parse("2024-05-01T10:00:00Z")), new ManagedIdentityPlatform(URI.create(azure.baseUrl() + IMDS_PATH), null),
            secret -> { });

    @Test
    void imdsNamesTheResourceIdMsiResId() {
        azure.stubFor(get(urlPathEqualTo(IMDS_PATH)).willReturn(okJson("{\"access_token\":\"at\",\"expires_in\":\"3599\"}")));

        assertEquals("at", flow.signIn(request(Map.of())).accessToken());

        azure.verify(getRequestedFor(urlPathEqualTo(IMDS_PATH)).withHeader("Metadata", equalTo("true"))
                .withQueryParam("api-version", equalTo("2018-02-01")).withQueryParam("resource", equalTo(GRAPH))
                .withQueryParam("msi_res_id", equalTo(RESOURCE_ID)).withQueryParam("client_id", absent())
                .withQueryParam("mi_res_id", absent()).withQueryParam("object_id", absent()));
    }

    @Test
    void appServiceNamesTheResourceIdMiResId() {
        azure.stubFor(get(urlPathEqualTo("/msi/token")).willReturn(okJson("{\"access_token\":\"at\",\"expires_on\":\"1714561200\"}")));

        assertEquals("at", flow.signIn(request(Map.of("IDENTITY_ENDPOINT", azure.baseUrl() + "/msi/token",
                "IDENTITY_HEADER", "header-1"))).accessToken());

        azure.verify(getRequestedFor(urlPathEqualTo("/msi/token")).withHeader("X-IDENTITY-HEADER", equalTo("header-1"))
                .withQueryParam("api-version", equalTo("2019-08-01")).withQueryParam("resource", equalTo(GRAPH))
                .withQueryParam("mi_res_id", equalTo(RESOURCE_ID)).withQueryParam("client_id", absent())
                .withQueryParam("msi_res_id", absent()).withQueryParam("principal_id", absent()));
    }

    @Test
    void olderAppServiceEndpointRefusesAResourceIdAndNothingIsSent() {
        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(request(Map.of(
                "MSI_ENDPOINT", azure.baseUrl() + "/legacy", "MSI_SECRET", "secret-1"))));

        assertEquals("The older App Service identity endpoint (MSI_ENDPOINT and MSI_SECRET) takes only a client id, not the"
                + " resource id " + RESOURCE_ID + "; connect with --userName set to the identity's client id", e.getMessage());
        assertEquals(0, azure.getAllServeEvents().size());
    }

    private static SignInRequest request(Map<String, String> env) {
        return new SignInRequest(AuthType.IDENTITY, null, null, null, Resource.of(GRAPH), null, null, null, null,
                UserAssignedIdentity.of(RESOURCE_ID, null), null, env);
    }
}
