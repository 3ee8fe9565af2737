package org.o365cli.plugins.spo.storageentity;

import java.util.concurrent.Callable;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.ForceOption;
import org.o365cli.auth.Permission;
import org.o365cli.plugins.spo.csom.AdminContext;
import org.o365cli.plugins.spo.options.SiteUrlConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code o365 spo storageentity remove}. */
@Command(name = "remove", description = "Remove a tenant property of an app catalog; needs a connection to the tenant admin site.",
        footer = {"%nAsks for confirmation on the terminal; in scripts add --force.", "%nExamples:",
                "  o365 spo storageentity remove --appCatalogUrl https://contoso.sharepoint.com/sites/appcatalog --key AnalyticsId",
                "  o365 spo storageentity remove --appCatalogUrl https://contoso.sharepoint.com/sites/appcatalog --key AnalyticsId --force"})
// The tenant admin site's CSOM (Tenant.RemoveStorageEntity), as m365 declares for tenant-level commands (spo cdn set).
@Permission(resource = "https://*.sharepoint.com", delegated = "AllSites.FullControl", application = "Sites.FullControl.All")
public class StorageEntityRemoveCommand implements Callable<Void> {

    @Option(names = "--appCatalogUrl", required = true, converter = SiteUrlConverter.class,
            description = "The app catalog site, e.g. https://contoso.sharepoint.com/sites/appcatalog.")
    String appCatalogUrl;

    @Option(names = "--key", required = true, description = "The key of the property to remove.")
    String key;

    @Mixin
    ForceOption force;

    private final CommandContext context;

    public StorageEntityRemoveCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Void call() {
        AdminContext.require(context);
        if (context.confirm(force.given(), "remove the storage entity '" + key + "' of " + appCatalogUrl)) {
            new TenantProperties(context).call(appCatalogUrl, "RemoveStorageEntity", key);
        }
        return null;
    }
}
