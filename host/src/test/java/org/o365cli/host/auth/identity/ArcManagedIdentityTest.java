package org.o365cli.host.auth.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.FakeClock;
import org.o365cli.host.auth.PlainSender;
import org.o365cli.host.auth.SignInRequest;
import org.o365cli.host.auth.UserAssignedIdentity;
import org.o365cli.host.auth.aad.JsonExchange;

/**
 * Azure Arc answers a token request with 401 and {@code WWW-Authenticate: Basic realm=<key file>}; the
 * second request proves we may read that file. Only a .key file of at most 4096 bytes in the agent's
 * token folder is read, and it is sent once.
 */
class ArcManagedIdentityTest {

    @RegisterExtension
    static WireMockExtension arc = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PATH = "/metadata/identity/oauth2/token";
    private static final String GRAPH = "https://graph.microsoft.com";
    private static final String KEY = "d2c3b4a5e6f708192a3b4c5d6e7f8091-arc-key";

    @TempDir
    Path root;

    private Path tokens;
    private final List<String> registered = new ArrayList<>();
    private ManagedIdentitySignIn flow;

    @BeforeEach
    void agent() throws Exception {
        tokens = Files.createDirectories(root.resolve("azcmagent/tokens"));
        flow = new ManagedIdentitySignIn(new JsonExchange(new PlainSender()), new FakeClock(Instant.parse("2024-05-01T10:00:00Z")),
                new ManagedIdentityPlatform(URI.create("http://127.0.0.1:1/imds"), tokens), registered::add);
    }

    private Map<String, String> arcEnvironment() {
        return Map.of("IDENTITY_ENDPOINT", arc.baseUrl() + PATH, "IMDS_ENDPOINT", arc.baseUrl());
    }

    /** The agent's first answer: 401 with the challenge and no body. */
    private void challengeNaming(String realm) {
        arc.stubFor(get(urlPathEqualTo(PATH)).withHeader("Authorization", absent())
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Basic realm=" + realm)));
    }

    @Test
    void challengeIsAnsweredOnceWithTheKeyFileAndTheKeyIsRegisteredAsASecret() throws Exception {
        Path keyFile = Files.writeString(tokens.resolve("0a1b2c3d.key"), KEY + "\n");
        challengeNaming(keyFile.toString());
        arc.stubFor(get(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Basic " + KEY)).willReturn(okJson(
                "{\"access_token\":\"at-arc\",\"expires_in\":\"3599\",\"expires_on\":\"1714565000\",\"not_before\":\"1714561100\","
                        + "\"resource\":\"https://graph.microsoft.com\",\"token_type\":\"Bearer\"}")));

        assertEquals("at-arc", flow.signIn(request(null)).accessToken());

        arc.verify(2, getRequestedFor(urlPathEqualTo(PATH)).withHeader("Metadata", equalTo("true"))
                .withQueryParam("api-version", equalTo("2019-11-01")).withQueryParam("resource", equalTo(GRAPH)));
        arc.verify(1, getRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization", absent()));
        arc.verify(1, getRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Basic " + KEY)));
        assertEquals(List.of(KEY), registered);
    }

    @Test
    void aSecond401IsARefusalNotAnotherRound() throws Exception {
        Path keyFile = Files.writeString(tokens.resolve("0a1b2c3d.key"), KEY);
        arc.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("WWW-Authenticate", "Basic realm=" + keyFile)));

        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(request(null)));

        assertEquals("Azure Arc's identity endpoint refused the key its own challenge named (HTTP 401 again): check that the"
                + " Azure Connected Machine agent (himds) runs and its managed identity is enabled", e.getMessage());
        arc.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"outside.key", "tokens/../outside.key", "tokens/0a1b2c3d.txt", "tokens/0a1b2c3d.key.bak"})
    void aKeyFileOutsideTheAgentsFolderOrNotDotKeyIsNeverReadNorSent(String where) throws Exception {
        Path named = root.resolve("azcmagent").resolve(where);
        Files.createDirectories(named.getParent());
        Files.writeString(named, KEY);
        challengeNaming(named.toString());

        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(request(null)));

        assertEquals("Azure Arc's identity endpoint named '" + named + "' as its key file, which is not a .key file in " + tokens
                + "; o365 reads no other file: check that IDENTITY_ENDPOINT names the Azure Connected Machine agent", e.getMessage());
        assertTrue(registered.isEmpty());
        arc.verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aLinkInTheFolderToAFileOutsideIsNotFollowed() throws Exception {
        Path outside = Files.writeString(root.resolve("connections.key"), KEY);
        Path link = Files.createSymbolicLink(tokens.resolve("0a1b2c3d.key"), outside);
        challengeNaming(link.toString());

        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(request(null)));

        assertEquals("Azure Arc's key file " + link + " is not a file in its folder; o365 reads no other file", e.getMessage());
        arc.verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aKeyFileOver4096BytesIsNotSent() throws Exception {
        Path keyFile = Files.writeString(tokens.resolve("big.key"), "k".repeat(4097));
        challengeNaming(keyFile.toString());

        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(request(null)));

        assertEquals("Azure Arc's key file " + keyFile + " is larger than 4096 bytes, which no agent key is; o365 does not send it",
                e.getMessage());
        arc.verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void a401WithoutAChallengeSaysWhatToCheck() {
        arc.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)));

        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(request(null)));

        assertEquals("Azure Arc's identity endpoint answered HTTP 401 without a WWW-Authenticate challenge: check that the Azure"
                + " Connected Machine agent (himds) runs and IDENTITY_ENDPOINT names it", e.getMessage());
        arc.verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aChallengeOfAnotherSchemeIsRefused() {
        arc.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("WWW-Authenticate", "Bearer realm=\"arc\"")));

        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(request(null)));

        assertEquals("Azure Arc's identity endpoint answered HTTP 401 with the challenge 'Bearer realm=\"arc\"', not 'Basic"
                + " realm=<key file>': check that IDENTITY_ENDPOINT names the Azure Connected Machine agent", e.getMessage());
    }

    @Test
    void aUserAssignedIdentityIsRefusedAndNothingIsSent() {
        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(request(
                UserAssignedIdentity.of(null, "7a8b9c0d-0000-4e1f-8a2b-3c4d5e6f7a8b"))));

        assertEquals("Azure Arc (IDENTITY_ENDPOINT and IMDS_ENDPOINT are set) has only the machine's system-assigned identity,"
                + " so 7a8b9c0d-0000-4e1f-8a2b-3c4d5e6f7a8b cannot be used there; connect with --authType identity and no"
                + " --userName or --objectId", e.getMessage());
        assertEquals(0, arc.getAllServeEvents().size());
    }

    @Test
    void anEndpointOffThisMachineIsRefusedBeforeAnythingIsSent() {
        O365Exception e = assertThrows(O365Exception.class, () -> flow.signIn(new SignInRequest(AuthType.IDENTITY, null, null, null,
                Resource.of(GRAPH), null, null, null, null, null, null,
                Map.of("IDENTITY_ENDPOINT", "http://10.20.30.40:40342" + PATH, "IMDS_ENDPOINT", "http://10.20.30.40:40342"))));

        assertEquals("Azure Arc's identity endpoint IDENTITY_ENDPOINT=http://10.20.30.40:40342" + PATH + " is not on this machine,"
                + " and o365 sends the Arc agent's key to no other: set it to the agent's"
                + " http://localhost:40342/metadata/identity/oauth2/token", e.getMessage());
    }

    @Test
    void whereArcDoesNotRunTheChallengeIsNotAnswered() throws Exception {
        ManagedIdentitySignIn elsewhere = new ManagedIdentitySignIn(new JsonExchange(new PlainSender()),
                new FakeClock(Instant.parse("2024-05-01T10:00:00Z")), new ManagedIdentityPlatform(URI.create("http://127.0.0.1:1/"), null),
                registered::add);
        challengeNaming(Files.writeString(tokens.resolve("0a1b2c3d.key"), KEY).toString());

        O365Exception e = assertThrows(O365Exception.class, () -> elsewhere.signIn(request(null)));

        assertTrue(e.getMessage().startsWith("Azure Arc managed identity works on Linux and Windows only"), e.getMessage());
        assertTrue(registered.isEmpty());
    }

    private SignInRequest request(UserAssignedIdentity identity) {
        return new SignInRequest(AuthType.IDENTITY, null, null, null, Resource.of(GRAPH), null, null, null, null, identity, null,
                arcEnvironment());
    }
}
