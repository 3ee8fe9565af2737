package org.o365cli.plugins.spo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.ConnectFlag;
import org.o365cli.auth.ConnectResource;
import org.o365cli.auth.ConnectionInfo;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.ServicePlugin;
import org.o365cli.auth.TokenMethod;
import org.o365cli.plugins.spo.app.AppCommand;
import org.o365cli.plugins.spo.csom.AdminContext;
import org.o365cli.plugins.spo.csom.CsomXml;
import org.o365cli.plugins.spo.csom.FormDigests;
import org.o365cli.plugins.spo.csom.ProcessQuery;
import org.o365cli.plugins.spo.site.SiteCommand;
import org.o365cli.plugins.spo.storageentity.StorageEntityCommand;
import org.o365cli.plugins.spo.web.WebCommand;

/**
 * SharePoint Online. Its sites are spread over several resources (the tenant admin site, the
 * regular sites, OneDrive), so the service declares them all with one pattern and takes the
 * connection's resource from the site URL given to {@code o365 spo connect}.
 */
public class SpoService implements ServicePlugin {

    private static final int TENANT_QUERY_ID = 2;
    private static final String TENANT_IDENTITY = "908bed80-a04a-4433-b4a0-883d9847d110:";

    static final String TENANT_QUERY = CsomXml.request(
            "<ObjectPath Id=\"1\" ObjectPathId=\"0\" /><Query Id=\"2\" ObjectPathId=\"0\"><Query SelectAllProperties=\"true\">"
                    + "<Properties /></Query></Query>",
            CsomXml.tenantConstructor(0));

    @Override
    public String name() {
        return "spo";
    }

    @Override
    public String description() {
        return "SharePoint Online: sites, apps, tenant settings";
    }

    @Override
    public List<String> declaredResources() {
        return List.of("https://*.sharepoint.com");
    }

    @Override
    public ConnectResource connectResource() {
        return ConnectResource.fromUrlArgument("<siteUrl>",
                "The SharePoint site to connect to, e.g. https://contoso-admin.sharepoint.com for tenant administration.");
    }

    /**
     * Reads the tenant id once, when connecting to a tenant admin site: commands that need it
     * then never ask again, and connecting to any other site makes no call at all.
     */
    @Override
    public List<ConnectFlag> connectFlags() {
        return List.of(new ConnectFlag("admin", "The URL is a tenant admin site whose host does not end in -admin.sharepoint.com"
                + " (vanity or multi-geo admin hosts)."));
    }

    @Override
    public Map<String, String> afterConnect(CommandContext context) {
        ConnectionInfo connection = context.auth().connection();
        if (!AdminContext.isAdminConnection(connection)) {
            return Map.of();
        }
        String adminUrl = connection.resource().uri();
        JsonNode tenant = new ProcessQuery(context.http(), new FormDigests(context.http()))
                .execute(adminUrl, TENANT_QUERY, TokenMethod.ENSURE).result(TENANT_QUERY_ID);
        String tenantId = tenantId(tenant.path("_ObjectIdentity_").asText(""));
        if (tenantId.isEmpty()) {
            throw new O365Exception("Could not read the tenant id from " + adminUrl
                    + ": its CSOM answer has no Tenant object; check that the account is a SharePoint administrator");
        }
        return Map.of("tenantId", tenantId);
    }

    // The Tenant's object identity is "<correlation>|908bed80-a04a-4433-b4a0-883d9847d110:<tenant id>\nTenant".
    private static String tenantId(String identity) {
        int start = identity.indexOf(TENANT_IDENTITY);
        int end = identity.indexOf("\nTenant");
        return start < 0 || end < start ? "" : identity.substring(start + TENANT_IDENTITY.length(), end).trim();
    }

    @Override
    public List<Class<?>> commandClasses() {
        return List.of(AppCommand.class, SiteCommand.class, StorageEntityCommand.class, WebCommand.class);
    }
}
