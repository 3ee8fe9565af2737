package org.o365cli.sandbox.sharepoint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.o365cli.sandbox.directory.Seed;

/** The SharePoint side of a reset tenant: sites, the tenant app catalog and its apps, one storage entity. */
public final class SharePointSeed {

    /** The tenant's root site. */
    public static final String ROOT = "https://contoso.sharepoint.com";
    /** The tenant app catalog. */
    public static final String APP_CATALOG = ROOT + "/sites/apps";

    private final ObjectMapper json;

    /** @param json the mapper */
    public SharePointSeed(ObjectMapper json) {
        this.json = json;
    }

    /** Fills a fresh state's {@code sharepoint} part. */
    public void seed(ObjectNode state) {
        ObjectNode sharepoint = state.putObject("sharepoint");
        ArrayNode sites = sharepoint.putArray("sites");
        sites.add(Sites.site(json, ROOT, "Communication site", "SITEPAGEPUBLISHING#0", "admin", Seed.CREATED, null));
        sites.add(Sites.site(json, APP_CATALOG, "Apps", "APPCATALOG#0", "admin", Seed.CREATED, null));
        sites.add(Sites.site(json, ROOT + "/sites/SalesAndMarketing", "Sales and Marketing", "GROUP#0", "MeganB",
                Seed.CREATED, Seed.guid("group:SalesAndMarketing")));
        sites.add(Sites.site(json, ROOT + "/sites/Retail", "Retail", "GROUP#0", "AdeleV", Seed.CREATED,
                Seed.guid("group:Retail")));
        sites.add(Sites.site(json, ROOT + "/sites/Contoso", "Contoso News", "SITEPAGEPUBLISHING#0", "PattiF",
                Seed.CREATED, null));
        ObjectNode entity = sharepoint.putObject("storageEntities").putObject("HelpdeskUrl");
        entity.put("Value", "https://contoso.sharepoint.com/sites/helpdesk");
        entity.put("Comment", "Where users ask for help");
        entity.put("Description", "Helpdesk site");
        ArrayNode apps = sharepoint.putArray("apps");
        apps.add(app("Contoso Weather Web Part", "1.0.0.0"));
        apps.add(app("Contoso Timesheet Extension", "2.1.0.0"));
        sharepoint.putObject("installed");
    }

    private ObjectNode app(String title, String version) {
        ObjectNode app = json.createObjectNode();
        app.putNull("AadAppId");
        app.putNull("AadPermissions");
        app.put("AppCatalogVersion", version);
        app.put("CanUpgrade", false);
        app.putNull("CDNLocation");
        app.put("ContainsTenantWideExtension", false);
        app.put("CurrentVersionDeployed", true);
        app.put("Deployed", true);
        app.put("ErrorMessage", "No errors.");
        app.put("ID", Seed.guid("app:" + title));
        app.put("InstalledVersion", "");
        app.put("IsClientSideSolution", true);
        app.put("IsEnabled", true);
        app.put("IsPackageDefaultSkipFeatureDeployment", true);
        app.put("IsValidAppPackage", true);
        app.put("ProductId", Seed.guid("product:" + title));
        app.put("ShortDescription", title);
        app.put("SkipDeploymentFeature", false);
        app.putNull("ThumbnailUrl");
        app.put("Title", title);
        return app;
    }
}
