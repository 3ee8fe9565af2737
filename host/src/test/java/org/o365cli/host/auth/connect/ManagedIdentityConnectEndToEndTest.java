package org.o365cli.host.auth.connect;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o365cli.host.auth.identity.ManagedIdentityPlatform;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.plugin.TestPlugins;

/**
 * {@code connect --authType identity} as a user runs it, against loopback servers playing the
 * machine's identity endpoints: a user-assigned identity picked by object id (kept for renewals),
 * and Azure Arc's challenge answered with the agent's key file, which is never printed.
 */
class ManagedIdentityConnectEndToEndTest {

    @RegisterExtension
    static WireMockExtension azure = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String IMDS_PATH = "/metadata/identity/oauth2/token";
    private static final String APP_SERVICE_PATH = "/msi/token";
    private static final String GRAPH = "https://graph.microsoft.com";
    private static final String OBJECT_ID = "7a8b9c0d-0000-4e1f-8a2b-3c4d5e6f7a8b";
    private static final String ARC_KEY = "5f0e1d2c3b4a59687766554433221100arckey";
    private static final String TOKEN = Tokens.jwt(GRAPH, Map.of("idtyp", "app", "app_displayname", "o365-runner"));
    /** IMDS (and the Arc agent, which mimics it) answer with these members, numbers as strings. */
    private static final String IMDS_ANSWER = "{\"access_token\":\"" + TOKEN + "\",\"refresh_token\":\"\",\"expires_in\":\"3599\","
            + "\"expires_on\":\"1914565000\",\"not_before\":\"1914561100\",\"resource\":\"https://graph.microsoft.com\","
            + "\"token_type\":\"Bearer\"}";

    @TempDir
    Path root;

    private Path tokens;
    private CliRunner o365;

    @BeforeEach
    void install() throws Exception {
        tokens = Files.createDirectories(root.resolve("azcmagent/tokens"));
        o365 = new CliRunner(root).withManagedIdentityPlatform(
                new ManagedIdentityPlatform(URI.create(azure.baseUrl() + IMDS_PATH), tokens));
        o365.ship(TestPlugins.service("graph", "graph", GRAPH), "graph.jar");
    }

    private Result renewNow() {
        o365.run("cli", "config", "set", "tokenRenewalMarginSeconds", "3600");
        return o365.run("util", "accesstoken", "get", "--resource", GRAPH);
    }

    @Test
    void objectIdGoesToImdsAsObjectIdAtConnectAndAtEachRenewal() {
        azure.stubFor(get(urlPathEqualTo(IMDS_PATH)).willReturn(okJson(IMDS_ANSWER)));

        Result connect = o365.run("graph", "connect", "--authType", "identity", "--objectId", OBJECT_ID);
        assertEquals(0, connect.exitCode(), connect::toString);
        Result renewed = renewNow();

        assertEquals(0, renewed.exitCode(), renewed::toString);
        azure.verify(2, getRequestedFor(urlPathEqualTo(IMDS_PATH)).withHeader("Metadata", equalTo("true"))
                .withQueryParam("api-version", equalTo("2018-02-01")).withQueryParam("resource", equalTo(GRAPH))
                .withQueryParam("object_id", equalTo(OBJECT_ID)).withQueryParam("client_id", absent())
                .withQueryParam("msi_res_id", absent()));
    }

    @Test
    void objectIdGoesToAppServiceAsPrincipalIdAtConnectAndAtEachRenewal() {
        long inAnHour = java.time.Instant.now().getEpochSecond() + 3599;
        azure.stubFor(get(urlPathEqualTo(APP_SERVICE_PATH)).willReturn(okJson("{\"access_token\":\"" + TOKEN + "\","
                + "\"expires_on\":\"" + inAnHour + "\",\"resource\":\"https://graph.microsoft.com\",\"token_type\":\"Bearer\","
                + "\"client_id\":\"5f4e3d2c-0000-4b1a-9c8d-7e6f5a4b3c2d\"}")));
        o365.withEnvironment(Map.of("IDENTITY_ENDPOINT", azure.baseUrl() + APP_SERVICE_PATH, "IDENTITY_HEADER", "hdr-0a1b2c3d"));

        Result connect = o365.run("graph", "connect", "--authType", "identity", "--objectId", OBJECT_ID);
        assertEquals(0, connect.exitCode(), connect::toString);
        Result renewed = renewNow();

        assertEquals(0, renewed.exitCode(), renewed::toString);
        azure.verify(2, getRequestedFor(urlPathEqualTo(APP_SERVICE_PATH)).withHeader("X-IDENTITY-HEADER", equalTo("hdr-0a1b2c3d"))
                .withQueryParam("api-version", equalTo("2019-08-01")).withQueryParam("resource", equalTo(GRAPH))
                .withQueryParam("principal_id", equalTo(OBJECT_ID)).withQueryParam("client_id", absent())
                .withQueryParam("mi_res_id", absent()).withQueryParam("object_id", absent()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MSI_ENDPOINT,MSI_SECRET | The older App Service identity endpoint (MSI_ENDPOINT and MSI_SECRET) takes only a client id, not the object id " + OBJECT_ID + "; connect with --userName set to the identity's client id",
        "MSI_ENDPOINT            | Azure Cloud Shell (MSI_ENDPOINT without MSI_SECRET) has no user-assigned managed identities, so " + OBJECT_ID + " cannot be used there; connect with --authType identity and no --userName or --objectId",
        "IDENTITY_ENDPOINT,IMDS_ENDPOINT | Azure Arc (IDENTITY_ENDPOINT and IMDS_ENDPOINT are set) has only the machine's system-assigned identity, so " + OBJECT_ID + " cannot be used there; connect with --authType identity and no --userName or --objectId"})
    void endpointsThatCannotTakeAnObjectIdRefuseItInOneLineAndNothingIsSent(String variables, String error) {
        Map<String, String> env = new java.util.HashMap<>();
        for (String name : variables.split(",")) {
            env.put(name, name.endsWith("ENDPOINT") ? azure.baseUrl() + "/" + name.toLowerCase() : "secret-0a1b2c3d");
        }
        o365.withEnvironment(env);

        Result connect = o365.run("graph", "connect", "--authType", "identity", "--objectId", OBJECT_ID);

        assertEquals(1, connect.exitCode(), connect::toString);
        assertEquals("Error: " + error, connect.err().trim());
        assertEquals(0, azure.getAllServeEvents().size());
        assertEquals("[]", o365.run("status").out().trim());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--objectId,not-a-guid                                  | Error: Invalid value for option '--objectId': 'not-a-guid' is not an object id: give the identity's object (principal) id, a GUID (az identity show --query principalId)",
        "--objectId," + OBJECT_ID + ",--userName,5f4e3d2c-0000-4b1a-9c8d-7e6f5a4b3c2d | Error: Give --userName (client id or resource id) or --objectId, not both: they name one identity",
        "--objectId," + OBJECT_ID + ",--authType,secret,--appId,a,--tenant,contoso.com,--secret,s3cr3t | Error: --objectId is only used with --authType identity, not with secret"})
    void objectIdUsageErrorsExitTwo(String options, String error) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("graph", "connect"));
        args.addAll(java.util.List.of(options.split(",")));
        if (!args.contains("--authType")) {
            args.addAll(java.util.List.of("--authType", "identity"));
        }

        Result connect = o365.run(args.toArray(String[]::new));

        assertEquals(2, connect.exitCode(), connect::toString);
        assertEquals(error, connect.err().lines().findFirst().orElse(""));
        assertEquals(0, azure.getAllServeEvents().size());
    }

    @Test
    void arcConnectAnswersTheChallengeWithTheKeyFileAndRenewalDoesItAgainWithoutEverShowingTheKey() throws Exception {
        Path keyFile = Files.writeString(tokens.resolve("9f8e7d6c.key"), ARC_KEY);
        azure.stubFor(get(urlPathEqualTo(IMDS_PATH)).withHeader("Authorization", absent())
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Basic realm=" + keyFile)));
        azure.stubFor(get(urlPathEqualTo(IMDS_PATH)).withHeader("Authorization", equalTo("Basic " + ARC_KEY))
                .willReturn(okJson(IMDS_ANSWER)));
        o365.withEnvironment(Map.of("IDENTITY_ENDPOINT", "http://localhost:" + azure.getPort() + IMDS_PATH,
                "IMDS_ENDPOINT", "http://localhost:" + azure.getPort()));

        Result connect = o365.run("graph", "connect", "--authType", "identity", "--debug");
        assertEquals(0, connect.exitCode(), connect::toString);
        o365.run("cli", "config", "set", "tokenRenewalMarginSeconds", "3600");
        Result renewed = o365.run("util", "accesstoken", "get", "--resource", GRAPH, "--debug");

        assertEquals(0, renewed.exitCode(), renewed::toString);
        azure.verify(2, getRequestedFor(urlPathEqualTo(IMDS_PATH)).withHeader("Authorization", absent())
                .withHeader("Metadata", equalTo("true")).withQueryParam("api-version", equalTo("2019-11-01"))
                .withQueryParam("resource", equalTo(GRAPH)));
        azure.verify(2, getRequestedFor(urlPathEqualTo(IMDS_PATH)).withHeader("Authorization", equalTo("Basic " + ARC_KEY))
                .withHeader("Metadata", equalTo("true")).withQueryParam("api-version", equalTo("2019-11-01")));
        assertTrue(connect.err().toLowerCase().contains("www-authenticate: basic realm=" + keyFile.toString().toLowerCase()),
                connect::toString);
        for (Result result : java.util.List.of(connect, renewed)) {
            assertFalse(result.err().contains(ARC_KEY) || result.out().contains(ARC_KEY), result::toString);
        }
        assertFalse(Files.readString(o365.home().resolve("connections.json")).contains(ARC_KEY));
    }

    @Test
    void arcChallengeNamingAFileOutsideTheAgentsFolderFailsInOneLineWithoutSendingIt() throws Exception {
        Path stolen = Files.writeString(root.resolve("stolen.key"), ARC_KEY);
        azure.stubFor(get(urlPathEqualTo(IMDS_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("WWW-Authenticate", "Basic realm=" + tokens.resolve("../../stolen.key"))));
        o365.withEnvironment(Map.of("IDENTITY_ENDPOINT", azure.baseUrl() + IMDS_PATH, "IMDS_ENDPOINT", azure.baseUrl()));

        Result connect = o365.run("graph", "connect", "--authType", "identity");

        assertEquals(1, connect.exitCode(), connect::toString);
        assertEquals("Error: Azure Arc's identity endpoint named '" + tokens.resolve("../../stolen.key") + "' as its key file,"
                + " which is not a .key file in " + tokens + "; o365 reads no other file: check that IDENTITY_ENDPOINT names the"
                + " Azure Connected Machine agent", connect.err().trim());
        assertFalse(connect.err().contains(ARC_KEY));
        azure.verify(1, getRequestedFor(urlPathEqualTo(IMDS_PATH)));
        assertTrue(Files.exists(stolen));
    }
}
