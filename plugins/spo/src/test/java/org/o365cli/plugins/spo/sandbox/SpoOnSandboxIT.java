package org.o365cli.plugins.spo.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

/** Every spo command through the real host against the sandbox tenant, state kept between commands. */
class SpoOnSandboxIT {

    private static final String ROOT = "https://contoso.sharepoint.com";
    private static final String CATALOG = ROOT + "/sites/apps";

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    @BeforeEach
    void connect() {
        RunResult connect = ok("spo", "connect", "https://contoso-admin.sharepoint.com", "--sandbox");
        assertTrue(connect.out().contains("Sandbox"), connect::toString);
    }

    /** A sandbox connection never reaches the network: not even the kit's stubs, the proxy of every run, see a request. */
    @AfterEach
    void nothingLeftTheProcess() {
        assertEquals(0, o365.stubs().find(anyRequestedFor(anyUrl())).size());
    }

    @Test
    void sitesCreatedWithSiteAddAreListedAndReadable() {
        RunResult communication = ok("spo", "site", "add", "--type", "CommunicationSite", "--title", "News", "--url",
                ROOT + "/sites/news");
        assertTrue(communication.out().contains(ROOT + "/sites/news"), communication::toString);
        RunResult team = ok("spo", "site", "add", "--type", "TeamSite", "--title", "Ops", "--alias", "ops");
        assertTrue(team.out().contains(ROOT + "/sites/ops"), team::toString);
        List<String> urls = new ArrayList<>();
        ok("spo", "site", "list").json().forEach(site -> urls.add(site.get("Url").asText()));
        assertTrue(urls.containsAll(List.of(ROOT + "/sites/news", ROOT + "/sites/ops", ROOT + "/sites/Retail")), urls::toString);
        RunResult teamSites = ok("spo", "site", "list", "--type", "TeamSite");
        teamSites.json().forEach(site -> assertEquals("GROUP#0", site.get("Template").asText()));
        assertEquals("News", ok("spo", "web", "get", "--url", ROOT + "/sites/news").json().get("Title").asText());
        JsonNode site = ok("spo", "site", "get", "--url", ROOT + "/sites/ops").json();
        assertEquals(ROOT + "/sites/ops", site.get("Url").asText());
        RunResult again = o365.run("spo", "site", "add", "--type", "CommunicationSite", "--title", "News", "--url",
                ROOT + "/sites/news");
        assertEquals(1, again.exitCode(), again::toString);
        assertTrue(again.err().contains("already exists"), again::toString);
    }

    @Test
    void storageEntitiesAreSetListedReadAndRemoved() {
        ok("spo", "storageentity", "set", "--appCatalogUrl", CATALOG, "--key", "Color", "--value", "blue",
                "--description", "the colour", "--comment", "why");
        JsonNode entity = ok("spo", "storageentity", "get", "--key", "Color").json();
        assertEquals("blue", entity.get("Value").asText(), entity::toString);
        RunResult list = ok("spo", "storageentity", "list", "--appCatalogUrl", CATALOG);
        assertTrue(list.out().contains("Color") && list.out().contains("HelpdeskUrl"), list::toString);
        ok("spo", "storageentity", "remove", "--appCatalogUrl", CATALOG, "--key", "Color", "--force");
        assertTrue(!ok("spo", "storageentity", "list", "--appCatalogUrl", CATALOG).out().contains("Color"));
    }

    @Test
    void appsOfTheTenantCatalogInstallAndUninstall() {
        JsonNode apps = ok("spo", "app", "list").json();
        String id = apps.get(0).get("ID").asText();
        ok("spo", "app", "install", "--id", id, "--siteUrl", ROOT + "/sites/Retail");
        JsonNode onRetail = ok("spo", "app", "list", "--siteUrl", ROOT + "/sites/Retail").json();
        assertEquals("1.0.0.0", onRetail.get(0).get("InstalledVersion").asText(), onRetail::toString);
        ok("spo", "app", "uninstall", "--id", id, "--siteUrl", ROOT + "/sites/Retail", "--force");
        RunResult twice = o365.run("spo", "app", "uninstall", "--id", id, "--siteUrl", ROOT + "/sites/Retail", "--force");
        assertEquals(1, twice.exitCode(), twice::toString);
    }

    private RunResult ok(String... args) {
        RunResult result = o365.run(args);
        assertEquals(0, result.exitCode(), result::toString);
        return result;
    }
}
