package org.o365cli.host.auth.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o365cli.auth.ConnectResource;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.Cloud;
import org.o365cli.host.config.ConfigKey;
import org.o365cli.host.config.ConfigStore;
import org.o365cli.host.config.JsonMapper;
import org.o365cli.host.config.Settings;
import org.o365cli.host.plugin.LoadedService;
import picocli.CommandLine;

/** connect's options: defaults, and every contradiction caught before any network call. */
class ConnectRulesTest {

    private static final LoadedService SPO = new LoadedService("spo", "spo", "", List.of("https://*.sharepoint.com"),
            ConnectResource.fromUrlArgument("<siteUrl>", "The site to connect to."), List.of(), List.of(), null);
    private static final LoadedService GRAPH = new LoadedService("graph", "graph", "", List.of("https://graph.microsoft.com"),
            ConnectResource.fixed("https://graph.microsoft.com"), List.of(), List.of(), null);

    @TempDir
    Path home;

    @Test
    void deviceCodeOnCommonIsTheDefault() {
        ConnectPlan plan = plan(GRAPH, null, Map.of(), "--appId", "app-1");

        assertEquals(AuthType.DEVICE_CODE, plan.authType());
        assertEquals("common", plan.tenant());
        assertEquals("https://graph.microsoft.com", plan.resource().uri());
        assertEquals("https://login.microsoftonline.com/common", plan.effectiveAuthority());
    }

    @Test
    void passwordDefaultsToOrganizations() {
        assertEquals("organizations", plan(GRAPH, null, Map.of(), "--appId", "a", "-t", "password", "-u", "u", "-p", "p").tenant());
    }

    @Test
    void environmentWinsOverConfigAndOptionsWinOverBoth() {
        new ConfigStore(home, new JsonMapper()).set(ConfigKey.APP_ID, "from-config");
        Map<String, String> env = Map.of("O365_APP_ID", "from-env", "O365_TENANT", "contoso.onmicrosoft.com");

        assertEquals("from-env", plan(GRAPH, null, env).appId());
        assertEquals("contoso.onmicrosoft.com", plan(GRAPH, null, env).tenant());
        assertEquals("from-config", plan(GRAPH, null, Map.of()).appId());
        assertEquals("from-option", plan(GRAPH, null, env, "--appId", "from-option").appId());
    }

    @Test
    void cloudMapsGraphToItsOwn() {
        ConnectPlan plan = plan(GRAPH, null, Map.of(), "--appId", "a", "--cloud", "usgovhigh", "--tenant", "t");

        assertEquals(Cloud.USGovHigh, plan.cloud());
        assertEquals("https://graph.microsoft.us", plan.resource().uri());
        assertEquals("https://login.microsoftonline.us/t", plan.effectiveAuthority());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://contoso-admin.sharepoint.com | Public    | https://login.microsoftonline.com/t",
        "https://contoso-admin.sharepoint.us  | USGovHigh | https://login.microsoftonline.us/t",
        "https://contoso-admin.sharepoint-mil.us/sites/x | USGovDoD | https://login.microsoftonline.us/t",
        "https://contoso-admin.sharepoint.cn  | China     | https://login.partner.microsoftonline.cn/t"})
    void spoTakesTheCloudFromTheSiteUrlWhenNoneIsChosen(String url, Cloud cloud, String authority) {
        ConnectPlan plan = plan(SPO, url, Map.of(), "--appId", "a", "--tenant", "t");

        assertEquals(cloud, plan.cloud());
        assertEquals(Resource.fromUrl(url), plan.resource());
        assertEquals(authority, plan.effectiveAuthority());
    }

    @Test
    void aChosenCloudThatFitsTheSiteUrlIsKept() {
        assertEquals(Cloud.USGov, plan(SPO, "https://contoso.sharepoint.com", Map.of(), "--appId", "a", "--cloud", "USGov").cloud());
        assertEquals(Cloud.USGov, plan(SPO, "https://contoso.sharepoint.com", Map.of("O365_CLOUD", "usgov"), "--appId", "a").cloud());
        assertEquals(Cloud.USGovHigh, plan(SPO, "https://contoso.sharepoint.us", Map.of("O365_CLOUD", "Public"), "--appId", "a",
                "--cloud", "USGovHigh").cloud());
    }

    @Test
    void chinaSignsInAtItsCurrentLoginHost() {
        ConnectPlan plan = plan(GRAPH, null, Map.of(), "--appId", "a", "--cloud", "China", "--tenant", "t");

        assertEquals("https://microsoftgraph.chinacloudapi.cn", plan.resource().uri());
        assertEquals("https://login.partner.microsoftonline.cn/t", plan.effectiveAuthority());
    }

    @Test
    void spoTakesItsResourceFromTheSiteUrl() {
        ConnectPlan plan = plan(SPO, "https://Contoso-Admin.sharepoint.com/sites/x", Map.of(), "--appId", "a");

        assertEquals("https://contoso-admin.sharepoint.com", plan.resource().uri());
        assertTrue(plan.reconnectCommand().startsWith("o365 spo connect https://Contoso-Admin.sharepoint.com/sites/x --authType deviceCode --appId a"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "graph|                                                   | --appId is required for --authType deviceCode",
        "graph| -t secret --appId a --tenant t                    | --authType secret needs --secret",
        "graph| -t secret --appId a --secret s                    | needs its own tenant: give --tenant",
        "graph| -t certificate --appId a --tenant t               | --authType certificate needs --certificateFile",
        "graph| -t password --appId a -u u                        | --authType password needs --userName and --password",
        "graph| -t password --appId a -u u -p p --secret s        | --secret is only used with --authType secret, not with password",
        "graph| --appId a --thumbprint AB                         | --thumbprint is only used with --authType certificate",
        "graph| --appId a -u someone                              | --userName is only used with --authType password or identity",
        "graph| --appId a --authority http://idp.example.com/r    | --authority must be an https URL",
        "graph| --appId a --authority not-a-url                   | is not an absolute http(s) URL",
        "graph| -t secret --appId a --secret s --authority https://login.microsoftonline.com/common | give --authority https://<login host>/<tenant",
        "spo  | --appId a                                         | Missing <siteUrl>: The site to connect to.",
    })
    void contradictionsAreCaughtBeforeAnyRequest(String service, String options, String message) {
        String[] args = options == null ? new String[0] : options.trim().split("\\s+");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> plan(service.trim().equals("spo") ? SPO : GRAPH, null, Map.of(), args));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"https://idp.contoso.com/realms/ops", "https://login.microsoftonline.com/contoso.onmicrosoft.com"})
    void appOnlyWithAnAuthorityNeedsNoTenant(String authority) {
        ConnectPlan plan = plan(GRAPH, null, Map.of(), "-t", "secret", "--appId", "a", "--secret", "s", "--authority", authority);

        assertEquals(authority, plan.authority());
    }

    @Test
    void urlForAFixedServiceOrOfAnotherServiceIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> plan(GRAPH, "https://graph.microsoft.com", Map.of(), "--appId", "a"))
                .getMessage().contains("takes no URL"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> plan(SPO, "https://contoso.example.com", Map.of(), "--appId", "a"))
                .getMessage().contains("is not a spo URL: expected one of https://*.sharepoint.com"));
    }

    private ConnectPlan plan(LoadedService service, String url, Map<String, String> env, String... args) {
        ConnectOptions options = new ConnectOptions();
        new CommandLine(options).parseArgs(args);
        Settings settings = new Settings(new ConfigStore(home, new JsonMapper()), env);
        return ConnectRules.plan(service, url, java.util.Set.of(), options, settings, env);
    }
}
