package org.o365cli.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharePointRoutesTest {

    private static final String ADMIN = "https://contoso-admin.sharepoint.com";
    private static final String ROOT = "https://contoso.sharepoint.com";
    private static final String ENVELOPE = "<Request AddExpandoFieldTypeSuffix=\"true\" SchemaVersion=\"15.0.0.0\" "
            + "LibraryVersion=\"16.0.0.0\" ApplicationName=\"test\" xmlns=\"http://schemas.microsoft.com/sharepoint/clientquery/2009\">";

    @TempDir
    Path home;

    @Test
    void siteListPagesWithNextStartIndexAndShowsCreatedSites() {
        TestTenant tenant = new TestTenant(home);
        String root = token(tenant, ROOT);
        for (int i = 0; i < 120; i++) {
            SandboxResponse created = tenant.send("POST", ROOT + "/_api/SPSiteManager/Create", Map.of("Authorization", root,
                    "Accept", "application/json;odata=nometadata"), "{\"request\":{\"Title\":\"Site " + i
                    + "\",\"Url\":\"" + ROOT + "/sites/s" + i + "\"}}");
            assertEquals(2, TestTenant.json(created).get("SiteStatus").asInt(), created::text);
        }
        String admin = token(tenant, ADMIN);
        int sites = 0;
        String start = "0";
        while (start != null) {
            JsonNode answer = csom(tenant, ADMIN, admin, "<ObjectPath Id=\"4\" ObjectPathId=\"3\" /><Query Id=\"5\" ObjectPathId=\"3\">"
                    + "<Query SelectAllProperties=\"true\"><Properties /></Query></Query>",
                    "<Method Id=\"3\" ParentId=\"1\" Name=\"GetSitePropertiesFromSharePointByFilters\"><Parameters><Parameter "
                            + "TypeId=\"{b92aeee2-c92c-4b67-abcc-024e471bc140}\"><Property Name=\"Filter\" Type=\"String\"></Property>"
                            + "<Property Name=\"StartIndex\" Type=\"String\">" + start + "</Property><Property Name=\"Template\" "
                            + "Type=\"String\">SITEPAGEPUBLISHING#0</Property></Parameter></Parameters></Method>"
                            + "<Constructor Id=\"1\" TypeId=\"{268004ae-ef6b-4e9b-8425-127220d84719}\" />");
            assertEquals(4, answer.get(1).asInt());
            assertEquals("{\"IsNull\":false}", answer.get(2).toString());
            assertEquals(5, answer.get(3).asInt());
            JsonNode page = answer.get(4);
            sites += page.get("_Child_Items_").size();
            start = page.get("NextStartIndexFromSharePoint").isNull() ? null : page.get("NextStartIndexFromSharePoint").asText();
        }
        assertEquals(122, sites, "two seeded communication sites and the 120 created");
    }

    @Test
    void storageEntitiesAreSetOnTheAppCatalogAndReadFromAnySite() {
        TestTenant tenant = new TestTenant(home);
        String admin = token(tenant, ADMIN);
        String paths = "<Property Id=\"22\" ParentId=\"20\" Name=\"RootWeb\" /><Method Id=\"20\" ParentId=\"18\" Name=\"GetSiteByUrl\">"
                + "<Parameters><Parameter Type=\"String\">" + ROOT + "/sites/apps</Parameter></Parameters></Method>"
                + "<Constructor Id=\"18\" TypeId=\"{268004ae-ef6b-4e9b-8425-127220d84719}\" />";
        JsonNode set = csom(tenant, ADMIN, admin, "<Method Name=\"SetStorageEntity\" Id=\"24\" ObjectPathId=\"22\"><Parameters>"
                + "<Parameter Type=\"String\">Color</Parameter><Parameter Type=\"String\">blue</Parameter>"
                + "<Parameter Type=\"String\">the colour</Parameter><Parameter Type=\"String\">why</Parameter></Parameters></Method>", paths);
        assertEquals(1, set.size(), "a Method without a result yields no pair: " + set);
        assertTrue(set.get(0).get("ErrorInfo").isNull());
        SandboxResponse read = tenant.send("GET", ROOT + "/sites/Retail/_api/web/GetStorageEntity('Color')",
                Map.of("Authorization", token(tenant, ROOT), "Accept", "application/json;odata=nometadata"), null);
        assertEquals("{\"Comment\":\"why\",\"Description\":\"the colour\",\"Value\":\"blue\"}", read.text());
        JsonNode onTheWrongSite = csom(tenant, ROOT, token(tenant, ROOT), "<ObjectPath Id=\"1\" ObjectPathId=\"0\" />",
                "<Constructor Id=\"0\" TypeId=\"{268004ae-ef6b-4e9b-8425-127220d84719}\" />");
        assertEquals("System.UnauthorizedAccessException", onTheWrongSite.get(0).at("/ErrorInfo/ErrorTypeName").asText());
    }

    @Test
    void appsInstallOnceAndUninstallOnce() {
        TestTenant tenant = new TestTenant(home);
        Map<String, String> headers = Map.of("Authorization", token(tenant, ROOT), "Accept", "application/json;odata=nometadata");
        String site = ROOT + "/sites/Retail/_api/web/tenantappcatalog/AvailableApps";
        JsonNode apps = TestTenant.json(tenant.send("GET", site, headers, null)).get("value");
        String id = apps.get(0).get("ID").asText();
        assertEquals("", apps.get(0).get("InstalledVersion").asText());
        assertEquals(200, tenant.send("POST", site + "/GetById('" + id + "')/Install", headers, null).status());
        assertEquals(400, tenant.send("POST", site + "/GetById('" + id + "')/Install", headers, null).status());
        JsonNode installed = TestTenant.json(tenant.send("GET", site + "/GetById('" + id + "')", headers, null));
        assertEquals("1.0.0.0", installed.get("InstalledVersion").asText());
        assertEquals(200, tenant.send("POST", site + "/GetById('" + id + "')/Uninstall", headers, null).status());
        assertEquals(400, tenant.send("POST", site + "/GetById('" + id + "')/Uninstall", headers, null).status());
    }

    @Test
    void aTeamSiteCreatesItsGroupAndATakenAliasIsStatus3() {
        TestTenant tenant = new TestTenant(home);
        Map<String, String> headers = Map.of("Authorization", token(tenant, ROOT), "Accept", "application/json;odata=verbose");
        String body = "{\"displayName\":\"Ops\",\"alias\":\"ops\",\"isPublic\":true,\"optionalParams\":{\"Owners\":{\"results\":[]}}}";
        JsonNode created = TestTenant.json(tenant.send("POST", ROOT + "/_api/GroupSiteManager/CreateGroupEx", headers, body));
        assertEquals(2, created.at("/d/CreateGroupEx/SiteStatus").asInt(), created::toString);
        JsonNode again = TestTenant.json(tenant.send("POST", ROOT + "/_api/GroupSiteManager/CreateGroupEx", headers, body));
        assertEquals(3, again.at("/d/CreateGroupEx/SiteStatus").asInt());
        assertTrue(again.at("/d/CreateGroupEx/ErrorMessage").asText().contains("ops"));
        String graph = "Bearer " + tenant.adminSignIn("https://graph.microsoft.com").get("access_token").asText();
        JsonNode group = TestTenant.json(tenant.send("GET", "https://graph.microsoft.com/v1.0/groups/"
                + created.at("/d/CreateGroupEx/GroupId").asText(), Map.of("Authorization", graph), null));
        assertEquals("ops", group.get("mailNickname").asText());
        SandboxResponse web = tenant.send("GET", ROOT + "/sites/ops/_api/web", headers, null);
        assertEquals("Ops", TestTenant.json(web).at("/d/Title").asText(), web::text);
    }

    private static String token(TestTenant tenant, String resource) {
        return "Bearer " + tenant.adminSignIn(resource).get("access_token").asText();
    }

    private static JsonNode csom(TestTenant tenant, String site, String token, String actions, String paths) {
        SandboxResponse answer = tenant.send("POST", site + "/_vti_bin/client.svc/ProcessQuery",
                Map.of("Authorization", token, "Content-Type", "text/xml"),
                ENVELOPE + "<Actions>" + actions + "</Actions><ObjectPaths>" + paths + "</ObjectPaths></Request>");
        assertEquals(200, answer.status(), answer::text);
        return TestTenant.json(answer);
    }
}
