package org.o365cli.plugins.spo;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

/** {@code o365 spo connect} to a site of a national cloud: the site's host tells the cloud. */
class SpoConnectCloudIT {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Public    | login.microsoftonline.com        | https://contoso.sharepoint.com",
        "USGovHigh | login.microsoftonline.us         | https://contoso.sharepoint.us",
        "USGovDoD  | login.microsoftonline.us         | https://contoso-my.sharepoint-mil.us",
        "China     | login.partner.microsoftonline.cn | https://contoso.sharepoint.cn"})
    void withoutCloudTheSiteUrlChoosesIt(String cloud, String login, String site) {
        String scope = URLEncoder.encode(site + "/.default", StandardCharsets.UTF_8);
        o365.stubs().register(post(urlEqualTo(SpoTenant.TOKEN_PATH)).withHost(equalTo(login))
                .withRequestBody(containing("scope=" + scope))
                .willReturn(okJson(SpoTenant.tokenResponse(SpoTenant.jwt(site), SpoTenant.REFRESH_TOKEN))));
        RunResult result = o365.run("spo", "connect", site + "/sites/team", "--authType", "password", "--appId", "a",
                "--tenant", "contoso.onmicrosoft.com", "-u", "admin@contoso.com", "-p", "pw");

        assertEquals(0, result.exitCode(), result::toString);
        JsonNode status = o365.run("spo", "status").json();
        assertEquals(cloud, status.get("cloud").asText(), status::toString);
        assertEquals(site, status.get("resource").asText(), status::toString);
        o365.stubs().verifyThat(1, postRequestedFor(urlEqualTo(SpoTenant.TOKEN_PATH)).withHost(equalTo(login)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', value = {
        "https://contoso.sharepoint.us/sites/team  | --cloud=Public    | 'https://contoso.sharepoint.us/sites/team' is in the USGovHigh cloud, not Public: give --cloud USGovHigh",
        "https://contoso-admin.sharepoint-mil.us   | --cloud=USGovHigh | 'https://contoso-admin.sharepoint-mil.us' is in the USGovDoD cloud, not USGovHigh: give --cloud USGovDoD",
        "https://contoso.sharepoint.com/sites/team | --cloud=China     | is in the Public or USGov cloud, not China: give --cloud Public",
        "https://contoso.sharepoint.cn             | O365_CLOUD=USGov  | is in the China cloud, not USGov (the default cloud, from O365_CLOUD or 'o365 cli config'): give --cloud China",
        "https://contoso.sharepoint.de             | --cloud=Public    | is not a spo URL: expected one of https://*.sharepoint.com, https://*.sharepoint.us, "
                + "https://*.sharepoint-mil.us, https://*.sharepoint.cn"})
    void aSiteOfAnotherCloudIsAUsageErrorBeforeAnySignIn(String url, String choice, String message) {
        Map<String, String> env = choice.startsWith("O365_CLOUD=") ? Map.of("O365_CLOUD", choice.substring(11)) : Map.of();
        List<String> args = new ArrayList<>(List.of("spo", "connect", url, "--appId", "a"));
        if (choice.startsWith("--")) {
            args.add(choice);
        }

        RunResult result = o365.runWithEnvironment(env, args.toArray(String[]::new));

        assertEquals(2, result.exitCode(), result::toString);
        assertEquals("", result.out(), result::toString);
        String error = result.err().lines().findFirst().orElse("");
        assertTrue(error.startsWith("Error: ") && error.contains(message), result::toString);
        o365.stubs().verifyThat(0, anyRequestedFor(anyUrl()));
        assertEquals(1, o365.runWithEnvironment(env, "spo", "status").exitCode(), "no connection kept");
    }
}
