package org.o365cli.plugins.spo.storageentity;

import java.util.concurrent.Callable;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.Permission;
import org.o365cli.plugins.spo.options.SiteUrlConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code o365 spo storageentity set}. */
@Command(name = "set", description = "Set a tenant property of an app catalog; needs a connection to the tenant admin site.",
        footer = {"%nExamples:", "  o365 spo storageentity set --appCatalogUrl https://contoso.sharepoint.com/sites/appcatalog"
                + " --key AnalyticsId --value 123 --description \"Web analytics ID\" --comment \"Used by the analytics extension\""})
// The tenant admin site's CSOM (Tenant.SetStorageEntity), as m365 declares for tenant-level commands (spo cdn set).
@Permission(resource = "https://*.sharepoint.com", delegated = "AllSites.FullControl", application = "Sites.FullControl.All")
public class StorageEntitySetCommand implements Callable<Void> {

    @Option(names = "--appCatalogUrl", required = true, converter = SiteUrlConverter.class,
            description = "The app catalog site, e.g. https://contoso.sharepoint.com/sites/appcatalog.")
    String appCatalogUrl;

    @Option(names = "--key", required = true, description = "The key of the property to set.")
    String key;

    @Option(names = "--value", required = true, description = "The value to set.")
    String value;

    @Option(names = "--description", description = "A description of the property.")
    String description;

    @Option(names = "--comment", description = "A comment about the property.")
    String comment;

    private final CommandContext context;

    public StorageEntitySetCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Void call() {
        new TenantProperties(context).call(appCatalogUrl, "SetStorageEntity", key, value, description, comment);
        return null;
    }
}
