package org.o365cli.plugins.spo.storageentity;

import java.util.concurrent.Callable;
import org.o365cli.auth.CommandContext;
import org.o365cli.plugins.spo.options.SiteUrlConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code o365 spo storageentity remove}. */
@Command(name = "remove", description = "Remove a tenant property of an app catalog; needs a connection to the tenant admin site.",
        footer = {"%nExamples:", "  o365 spo storageentity remove --appCatalogUrl https://contoso.sharepoint.com/sites/appcatalog --key AnalyticsId"})
public class StorageEntityRemoveCommand implements Callable<Void> {

    @Option(names = "--appCatalogUrl", required = true, converter = SiteUrlConverter.class,
            description = "The app catalog site, e.g. https://contoso.sharepoint.com/sites/appcatalog.")
    String appCatalogUrl;

    @Option(names = "--key", required = true, description = "The key of the property to remove.")
    String key;

    private final CommandContext context;

    public StorageEntityRemoveCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Void call() {
        new TenantProperties(context).call(appCatalogUrl, "RemoveStorageEntity", key);
        return null;
    }
}
