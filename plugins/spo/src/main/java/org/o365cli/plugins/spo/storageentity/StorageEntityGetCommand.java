package org.o365cli.plugins.spo.storageentity;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.TokenMethod;
import org.o365cli.plugins.spo.options.SiteUrlConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code o365 spo storageentity get}. */
@Command(name = "get", description = "Get a tenant property of an app catalog.",
        footer = {"%nExamples:", "  o365 spo storageentity get --appCatalogUrl https://contoso.sharepoint.com/sites/appcatalog --key AnalyticsId"})
public class StorageEntityGetCommand implements Callable<StorageEntity> {

    @Option(names = "--appCatalogUrl", required = true, converter = SiteUrlConverter.class,
            description = "The app catalog site, e.g. https://contoso.sharepoint.com/sites/appcatalog.")
    String appCatalogUrl;

    @Option(names = "--key", required = true, description = "The key of the property to get.")
    String key;

    private final CommandContext context;

    public StorageEntityGetCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public StorageEntity call() {
        String literal = URLEncoder.encode(key.replace("'", "''"), StandardCharsets.UTF_8).replace("+", "%20");
        JsonNode entity = context.http().json(ApiRequest.get(appCatalogUrl + "/_api/web/GetStorageEntity('" + literal + "')")
                .withHeader("Accept", "application/json;odata=nometadata")
                .withToken(TokenMethod.GET));
        if (entity.path("odata.null").asBoolean(false) || entity.path("Value").isNull() || entity.path("Value").isMissingNode()) {
            throw new O365Exception("No storage entity '" + key + "' in " + appCatalogUrl
                    + "; list them with o365 spo storageentity list --appCatalogUrl " + appCatalogUrl);
        }
        return new StorageEntity(key, entity.path("Value").asText(), optional(entity, "Description"), optional(entity, "Comment"));
    }

    private static String optional(JsonNode entity, String name) {
        JsonNode value = entity.path(name);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }
}
