package org.o365cli.plugins.spo.storageentity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.DefaultColumns;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Permission;
import org.o365cli.auth.TokenMethod;
import org.o365cli.plugins.spo.options.SiteUrlConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code o365 spo storageentity list}. */
@Command(name = "list", description = "List the tenant properties of an app catalog.",
        footer = {"%nExamples:", "  o365 spo storageentity list --appCatalogUrl https://contoso.sharepoint.com/sites/appcatalog"})
@DefaultColumns({"Key", "Value", "Description"})
// Reads the app catalog web's properties, as m365 declares for its web reads (spo customaction get).
@Permission(resource = "https://*.sharepoint.com", delegated = "AllSites.Read", application = "Sites.Read.All")
public class StorageEntityListCommand implements Callable<List<StorageEntity>> {

    @Option(names = "--appCatalogUrl", required = true, converter = SiteUrlConverter.class,
            description = "The app catalog site, e.g. https://contoso.sharepoint.com/sites/appcatalog.")
    String appCatalogUrl;

    private final CommandContext context;

    public StorageEntityListCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public List<StorageEntity> call() {
        JsonNode properties = context.http().json(ApiRequest.get(appCatalogUrl + "/_api/web/AllProperties?$select=storageentitiesindex")
                .withHeader("Accept", "application/json;odata=nometadata")
                .withToken(TokenMethod.GET));
        String index = properties.path("storageentitiesindex").asText("");
        List<StorageEntity> entities = new ArrayList<>();
        if (index.isBlank()) {
            return entities;
        }
        JsonNode byKey;
        try {
            byKey = context.json().readTree(index);
        } catch (JsonProcessingException e) {
            throw new O365Exception("The storage entities index of " + appCatalogUrl + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        byKey.fields().forEachRemaining(entry -> entities.add(new StorageEntity(entry.getKey(), text(entry.getValue(), "Value"),
                text(entry.getValue(), "Description"), text(entry.getValue(), "Comment"))));
        return entities;
    }

    private static String text(JsonNode entity, String name) {
        JsonNode value = entity.path(name);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }
}
