package org.o365cli.plugins.spo;

import java.util.List;
import org.o365cli.auth.ConnectResource;
import org.o365cli.auth.ServicePlugin;

/**
 * SharePoint Online. Its sites are spread over several resources (the tenant admin site, the
 * regular sites, OneDrive), so the service declares them all with one pattern and takes the
 * connection's resource from the site URL given to {@code o365 spo connect}.
 */
public class SpoService implements ServicePlugin {

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

    @Override
    public List<Class<?>> commandClasses() {
        return List.of();
    }
}
