package org.o365cli.host.auth.connect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.config.JsonMapper;
import org.o365cli.host.http.AzureWireMock;
import org.o365cli.host.plugin.TestPlugins;
import org.o365cli.host.store.ConnectionStore;
import org.o365cli.host.store.StoredConnection;

/** Tokens over their life, through the real host: rotation, rejection, short lifetimes, opaque tokens, audiences. */
class TokenLifecycleEndToEndTest {

    @RegisterExtension
    static AzureWireMock azure = new AzureWireMock();

    private static final String TOKEN_PATH = "/contoso.onmicrosoft.com/oauth2/v2.0/token";
    private static final String GRAPH = "https://graph.microsoft.com";
    private static final String SHAREPOINT_APP = "00000003-0000-0ff1-ce00-000000000000";

    @TempDir
    Path root;

    private CliRunner o365;

    @BeforeEach
    void install() {
        o365 = new CliRunner(root).withEnvironment(azure.environment());
        o365.ship(TestPlugins.service("graph", "graph", GRAPH), "graph.jar");
    }

    @Test
    void aRefreshTokenRotatedForAnotherResourceIsTheOneRedeemedNext() {
        connectWithPassword("rt-1");
        // The issuer rotates: each refresh token works once and the answer carries the next one.
        for (int i = 1; i <= 3; i++) {
            azure.client().register(post(urlEqualTo(TOKEN_PATH)).withRequestBody(matching(".*refresh_token=rt-" + i + "(&.*)?"))
                    .willReturn(okJson(Tokens.tokenResponse(Tokens.jwt(SHAREPOINT_APP, Map.of()), "rt-" + (i + 1)))));
        }

        for (String site : new String[] {"https://contoso.sharepoint.com", "https://contoso-my.sharepoint.com",
            "https://contoso-admin.sharepoint.com"}) {
            Result result = o365.run("util", "accesstoken", "get", "--resource", site);
            assertEquals(0, result.exitCode(), result::toString);
        }

        azure.client().verifyThat(1, postRequestedFor(urlEqualTo(TOKEN_PATH)).withRequestBody(matching(".*refresh_token=rt-2(&.*)?")));
        azure.client().verifyThat(1, postRequestedFor(urlEqualTo(TOKEN_PATH)).withRequestBody(matching(".*refresh_token=rt-3(&.*)?")));
        StoredConnection stored = store().get("graph").orElseThrow();
        assertEquals("rt-4", stored.refreshToken());
        assertEquals(GRAPH, stored.resource());
    }

    @Test
    void aTokenRenewedAfterA401OnTheOwnResourceReplacesTheRejectedOne() {
        String first = connectWithPassword("rt-1");
        String second = Tokens.jwt(GRAPH, Map.of("upn", "adele@contoso.com", "n", 2));
        azure.client().register(post(urlEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(okJson(Tokens.tokenResponse(second, "rt-2"))));
        azure.client().register(get(urlEqualTo("/v1.0/me")).withHeader("Authorization", equalTo("Bearer " + first))
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")));
        azure.client().register(get(urlEqualTo("/v1.0/me")).withHeader("Authorization", equalTo("Bearer " + second))
                .willReturn(okJson("{\"id\":\"me\"}")));

        Result renewed = o365.run("graph", "api", "--url", GRAPH + "/v1.0/me");
        Result next = o365.run("graph", "api", "--url", GRAPH + "/v1.0/me");

        assertEquals(0, renewed.exitCode(), renewed::toString);
        assertEquals(0, next.exitCode(), next::toString);
        azure.client().verifyThat(1, getRequestedFor(urlEqualTo("/v1.0/me")).withHeader("Authorization", equalTo("Bearer " + first)));
        azure.client().verifyThat(1, postRequestedFor(urlEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=refresh_token")));
        assertEquals(second, store().get("graph").orElseThrow().accessToken());
    }

    @Test
    void aNewTokenForTheOwnResourceFromUtilAccesstokenGetIsTheConnectionsToken() {
        connectWithPassword("rt-1");
        Instant before = store().get("graph").orElseThrow().expiresOn();
        String renewed = Tokens.jwt(GRAPH, Map.of("upn", "adele@contoso.com", "n", 2));
        azure.client().register(post(urlEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":7200,\"access_token\":\"" + renewed + "\"}")));

        Result token = o365.run("util", "accesstoken", "get", "--resource", GRAPH, "--new");
        Result status = o365.run("graph", "status", "-o", "json");

        assertEquals(0, token.exitCode(), token::toString);
        assertEquals(renewed, token.out().strip());
        StoredConnection stored = store().get("graph").orElseThrow();
        assertEquals(renewed, stored.accessToken());
        assertTrue(stored.expiresOn().isAfter(before.plusSeconds(3000)), "expiry of the new token: " + stored.expiresOn());
        assertTrue(status.out().contains(stored.expiresOn().toString().substring(0, 16)), status::toString);
    }

    @Test
    void aFiftyPageListingWithThreeHundredSecondTokensAsksForNoTokenPerPage() {
        azure.client().register(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson(
                "{\"token_type\":\"Bearer\",\"expires_in\":300,\"access_token\":\"" + shortLived(GRAPH) + "\"}")));
        assertEquals(0, o365.run("graph", "connect", "--authType", "secret", "--appId", "app-1", "--tenant",
                "contoso.onmicrosoft.com", "--secret", "secret-value-1").exitCode());
        for (int page = 1; page <= 50; page++) {
            String next = page < 50 ? ",\"@odata.nextLink\":\"" + GRAPH + "/v1.0/users?$skiptoken=" + (page + 1) + "\"" : "";
            azure.client().register(get(urlEqualTo(page == 1 ? "/v1.0/users" : "/v1.0/users?$skiptoken=" + page))
                    .willReturn(okJson("{\"value\":[{\"id\":\"" + page + "\"}]" + next + "}")));
        }
        azure.client().resetRequests();

        Result result = o365.run("graph", "api", "--url", GRAPH + "/v1.0/users", "--pages", "-o", "csv");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(51, result.out().lines().count());
        int tokenRequests = azure.client().find(postRequestedFor(urlEqualTo(TOKEN_PATH))).size();
        System.out.println("bench: token requests for a 50-page listing with 300 s tokens: " + tokenRequests);
        assertEquals(0, tokenRequests);
    }

    @Test
    void anEncryptedAccessTokenIsOpaqueAtSignInAndRenewal() throws JOSEException {
        String jwe = encrypted();
        azure.client().register(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson(Tokens.tokenResponse(jwe, "rt-1"))));

        Result connect = o365.run("graph", "connect", "--authType", "password", "--appId", "app-1", "--tenant",
                "contoso.onmicrosoft.com", "-u", "adele@contoso.com", "-p", "pw-1234");
        Result other = o365.run("util", "accesstoken", "get", "--resource", "https://contoso.sharepoint.com");
        Result decoded = o365.run("util", "accesstoken", "get", "--resource", GRAPH, "--decoded");

        assertEquals(0, connect.exitCode(), connect::toString);
        assertEquals(0, other.exitCode(), other::toString);
        assertEquals(jwe, other.out().strip());
        assertEquals(1, decoded.exitCode(), decoded::toString);
        assertTrue(decoded.err().startsWith("Error: This token is encrypted (JWE)"), decoded::toString);
    }

    @Test
    void aGuidAudienceOfAnotherAppIsRefusedForAKnownResource() {
        connectWithPassword("rt-1");
        azure.client().register(post(urlEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(okJson(Tokens.tokenResponse(Tokens.jwt("11111111-2222-3333-4444-555555555555", Map.of()), "rt-2"))));

        Result result = o365.run("util", "accesstoken", "get", "--resource", "https://contoso.sharepoint.com");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("another audience than https://contoso.sharepoint.com"), result::toString);
        assertEquals("", result.out());
    }

    @Test
    void aStoredSecretEchoedByTheServerAtRenewalIsNeverShown() {
        String secret = "stored-secret-Xq9v2";
        azure.client().register(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson(Tokens.tokenResponse(shortLived(GRAPH), null))));
        assertEquals(0, o365.run("graph", "connect", "--authType", "secret", "--appId", "app-1", "--tenant",
                "contoso.onmicrosoft.com", "--secret", secret).exitCode());
        StoredConnection connected = store().get("graph").orElseThrow();
        store().put(connected.withTokens(connected.accessToken(), Instant.now().minusSeconds(60), null));
        azure.client().register(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_client\","
                        + "\"error_description\":\"AADSTS7000215: Invalid client secret provided: " + secret + "\"}")));
        azure.client().register(get(urlPathEqualTo("/v1.0/me")).willReturn(okJson("{}")));

        Result result = o365.run("graph", "api", "--url", GRAPH + "/v1.0/me", "--ensure", "--debug");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("AADSTS7000215"), result::toString);
        assertFalse(result.err().contains(secret), result::toString);
    }

    private String connectWithPassword(String refreshToken) {
        String token = Tokens.jwt(GRAPH, Map.of("upn", "adele@contoso.com"));
        azure.client().register(post(urlEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=password"))
                .willReturn(okJson(Tokens.tokenResponse(token, refreshToken))));
        Result connect = o365.run("graph", "connect", "--authType", "password", "--appId", "app-1", "--tenant",
                "contoso.onmicrosoft.com", "-u", "adele@contoso.com", "-p", "pw-1234");
        assertEquals(0, connect.exitCode(), connect::toString);
        return token;
    }

    private ConnectionStore store() {
        return new ConnectionStore(o365.home(), new JsonMapper());
    }

    /** A token as Keycloak issues by default: 300 s, with iat and exp. */
    private static String shortLived(String audience) {
        Instant now = Instant.now();
        return new PlainJWT(new JWTClaimsSet.Builder().audience(audience).claim("azp", "app-1")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).build()).serialize();
    }

    private static String encrypted() throws JOSEException {
        EncryptedJWT jwe = new EncryptedJWT(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A128GCM),
                new JWTClaimsSet.Builder().audience(GRAPH).build());
        jwe.encrypt(new DirectEncrypter(new byte[16]));
        return jwe.serialize();
    }
}
