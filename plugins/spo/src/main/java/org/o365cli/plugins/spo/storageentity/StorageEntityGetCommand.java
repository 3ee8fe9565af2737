package org.o365cli.plugins.spo.storageentity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.ApiUrl;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Permission;
import org.o365cli.auth.TokenMethod;
import org.o365cli.plugins.spo.csom.TenantRoot;
import org.o365cli.plugins.spo.options.SiteUrlConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code o365 spo storageentity get}: storage entities are the tenant's, readable from any of its webs,
 * so by default from the tenant's root site.
 */
@Command(name = "get", description = "Get a tenant property (storage entity).",
        footer = {"%nExamples:", "  o365 spo storageentity get --key AnalyticsId",
                "  o365 spo storageentity get --key AnalyticsId --appCatalogUrl https://contoso.sharepoint.com/sites/appcatalog"})
// Reads the site's web, as m365 declares for its web reads (spo customaction get, spo navigation node list).
@Permission(resource = "https://*.sharepoint.com", delegated = "AllSites.Read", application = "Sites.Read.All")
public class StorageEntityGetCommand implements Callable<StorageEntity> {

    @Option(names = "--appCatalogUrl", converter = SiteUrlConverter.class,
            description = "A site of the tenant to read it from, e.g. https://contoso.sharepoint.com/sites/appcatalog;"
                    + " default: the tenant's root site, from the spo connection.")
    String appCatalogUrl;

    @Option(names = "--key", required = true, description = "The key of the property to get.")
    String key;

    private final CommandContext context;

    public StorageEntityGetCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public StorageEntity call() {
        String site = appCatalogUrl != null ? appCatalogUrl : TenantRoot.of(context);
        String url = new ApiUrl(site + "/_api/web").function("GetStorageEntity", key).url();
        JsonNode entity = context.http().json(ApiRequest.get(url)
                .withHeader("Accept", "application/json;odata=nometadata")
                .withToken(TokenMethod.GET));
        // A key that does not exist is answered 200 with every field null.
        if (entity.path("Value").isNull() || entity.path("Value").isMissingNode()) {
            throw new O365Exception("Storage entity '" + key + "' not found in the tenant (read from " + site
                    + "); list the keys with o365 spo storageentity list --appCatalogUrl <app catalog>");
        }
        return new StorageEntity(key, entity.path("Value").asText(), optional(entity, "Description"), optional(entity, "Comment"));
    }

    private static String optional(JsonNode entity, String name) {
        JsonNode value = entity.path(name);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }
}
