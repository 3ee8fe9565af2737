package org.o365cli.plugins.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

/**
 * Each Microsoft cloud end to end through the real host: {@code connect --cloud}, then graph and
 * spo commands, {@code request} and {@code util accesstoken get}. Sign-in must go to the cloud's
 * login host and API calls to its Graph and SharePoint, with the plugins unaware of the cloud.
 */
class NationalCloudsIT {

    private static final String CLOUDS = """
            Public    | login.microsoftonline.com        | graph.microsoft.com             | sharepoint.com
            USGov     | login.microsoftonline.com        | graph.microsoft.com             | sharepoint.com
            USGovHigh | login.microsoftonline.us         | graph.microsoft.us              | sharepoint.us
            USGovDoD  | login.microsoftonline.us         | dod-graph.microsoft.us          | sharepoint-mil.us
            China     | login.partner.microsoftonline.cn | microsoftgraph.chinacloudapi.cn | sharepoint.cn
            """;
    private static final String TOKEN_PATH = "/contoso.onmicrosoft.com/oauth2/v2.0/token";
    private static final String USER = "/v1.0/users/adele%40contoso.com";

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = CLOUDS)
    void graphUserGetAndSpoWebGetCallTheirConnectionsCloud(String cloud, String login, String graph, String sharePoint) {
        Tenant tenant = new Tenant(login, graph, "contoso." + sharePoint);
        o365.stubs().register(get(urlEqualTo(USER)).withHost(equalTo(graph)).willReturn(okJson(
                "{\"@odata.context\":\"https://" + graph + "/v1.0/$metadata#users/$entity\",\"businessPhones\":[],"
                        + "\"displayName\":\"Adele Vance\",\"userPrincipalName\":\"adele@contoso.com\",\"id\":\"87d349ed\"}")));
        o365.stubs().register(get(urlEqualTo("/sites/team/_api/web")).withHost(equalTo(tenant.sharePointHost))
                .willReturn(okJson(web(tenant.sharePointHost))));

        tenant.connect("graph", "--cloud", cloud);
        RunResult user = o365.run("graph", "user", "get", "--userName", "adele@contoso.com");
        assertEquals(0, user.exitCode(), user::toString);
        tenant.connect("spo", "https://" + tenant.sharePointHost + "/sites/team", "--cloud", cloud);
        RunResult web = o365.run("spo", "web", "get", "--url", "https://" + tenant.sharePointHost + "/sites/team");

        assertEquals("Adele Vance", user.json().get("displayName").asText());
        assertEquals(0, web.exitCode(), web::toString);
        assertEquals("Team", web.json().get("Title").asText());
        tenant.verifySignInsWentToTheLoginHost();
        o365.stubs().verifyThat(1, getRequestedFor(urlEqualTo(USER)).withHost(equalTo(graph))
                .withHeader("Authorization", equalTo("Bearer " + tenant.graphToken)));
        o365.stubs().verifyThat(1, getRequestedFor(urlEqualTo("/sites/team/_api/web")).withHost(equalTo(tenant.sharePointHost))
                .withHeader("Authorization", equalTo("Bearer " + tenant.sharePointToken))
                .withHeader("Accept", equalTo("application/json;odata=nometadata")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = CLOUDS)
    void requestShortcutsAndAccessTokensFollowTheConnectionsCloud(String cloud, String login, String graph, String sharePoint) {
        Tenant tenant = new Tenant(login, graph, "contoso." + sharePoint);
        tenant.connect("graph", "--cloud", cloud);
        tenant.connect("spo", "https://" + tenant.sharePointHost + "/sites/team", "--cloud", cloud);
        o365.stubs().register(get(urlEqualTo("/v1.0/me")).withHost(equalTo(graph)).willReturn(okJson(
                "{\"@odata.context\":\"https://" + graph + "/v1.0/$metadata#users/$entity\",\"displayName\":\"Adele Vance\"}")));
        o365.stubs().register(get(urlEqualTo("/sites/team/_api/web")).withHost(equalTo(tenant.sharePointHost))
                .willReturn(okJson(web(tenant.sharePointHost))));

        RunResult me = o365.run("request", "--url", "@graph/me");
        RunResult web = o365.run("request", "--url", "@spo/_api/web", "--header", "accept: application/json;odata=nometadata");
        RunResult graphToken = o365.run("util", "accesstoken", "get", "--resource", "graph");
        RunResult sharePointToken = o365.run("util", "accesstoken", "get", "--resource", "sharepoint");

        assertEquals("Adele Vance", me.json().get("displayName").asText(), me::toString);
        assertEquals("Team", web.json().get("Title").asText(), web::toString);
        assertEquals(tenant.graphToken, graphToken.out().trim(), graphToken::toString);
        assertEquals(tenant.sharePointToken, sharePointToken.out().trim(), sharePointToken::toString);
        tenant.verifySignInsWentToTheLoginHost();
        o365.stubs().verifyThat(1, getRequestedFor(urlEqualTo("/v1.0/me")).withHost(equalTo(graph))
                .withHeader("Authorization", equalTo("Bearer " + tenant.graphToken)));
        o365.stubs().verifyThat(1, getRequestedFor(urlEqualTo("/sites/team/_api/web")).withHost(equalTo(tenant.sharePointHost))
                .withHeader("Authorization", equalTo("Bearer " + tenant.sharePointToken)));
    }

    /** A SharePoint web as {@code GET _api/web} answers it with {@code odata=nometadata}. */
    private static String web(String host) {
        return "{\"AllowRssFeeds\":true,\"Created\":\"2026-01-12T09:30:00\",\"Id\":\"3f1c7c8a-0b39-4d8e-9a61-2b1b5c7f1d10\","
                + "\"Language\":1033,\"ServerRelativeUrl\":\"/sites/team\",\"Title\":\"Team\",\"Url\":\"https://" + host
                + "/sites/team\",\"WebTemplate\":\"GROUP\"}";
    }

    /** One cloud's contoso: its login host issues Graph and SharePoint tokens with a password. */
    private static final class Tenant {
        final String login;
        final String graph;
        final String sharePointHost;
        final String graphToken;
        final String sharePointToken;

        Tenant(String login, String graph, String sharePointHost) {
            this.login = login;
            this.graph = graph;
            this.sharePointHost = sharePointHost;
            this.graphToken = jwt("https://" + graph);
            this.sharePointToken = jwt("https://" + sharePointHost);
            stubToken("https://" + graph, graphToken);
            stubToken("https://" + sharePointHost, sharePointToken);
        }

        void verifySignInsWentToTheLoginHost() {
            o365.stubs().verifyThat(2, postRequestedFor(urlMatching(".*/oauth2/v2\\.0/token")));
            o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo(TOKEN_PATH)).withHost(equalTo(login))
                    .withRequestBody(containing("scope=" + scope("https://" + graph))));
            o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo(TOKEN_PATH)).withHost(equalTo(login))
                    .withRequestBody(containing("scope=" + scope("https://" + sharePointHost))));
        }

        private void stubToken(String resource, String token) {
            o365.stubs().register(post(urlEqualTo(TOKEN_PATH)).withHost(equalTo(login))
                    .withRequestBody(containing("scope=" + scope(resource))).willReturn(okJson(
                            "{\"token_type\":\"Bearer\",\"scope\":\"User.Read\",\"expires_in\":3599,\"ext_expires_in\":3599,"
                                    + "\"access_token\":\"" + token + "\",\"refresh_token\":\"rt-" + resource.hashCode() + "\"}")));
        }

        void connect(String service, String... more) {
            List<String> args = new ArrayList<>(List.of(service, "connect"));
            args.addAll(List.of(more));
            args.addAll(List.of("--authType", "password", "--appId", "a", "--tenant", "contoso.onmicrosoft.com",
                    "-u", "adele@contoso.com", "-p", "pw"));
            RunResult result = o365.run(args.toArray(String[]::new));
            assertEquals(0, result.exitCode(), result::toString);
        }
    }

    private static String scope(String resource) {
        return URLEncoder.encode(resource + "/.default", UTF_8);
    }

    private static String jwt(String audience) {
        return new PlainJWT(new JWTClaimsSet.Builder().audience(audience).claim("upn", "adele@contoso.com")
                .claim("tid", "fcc9b5e4-1b1d-4c2d-8000-9b5e1c1d7a39").build()).serialize();
    }
}
