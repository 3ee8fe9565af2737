package org.o365cli.plugins.spo.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.DefaultColumns;
import org.o365cli.auth.TokenMethod;
import org.o365cli.plugins.spo.options.SiteUrlConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code o365 spo app list}. */
@Command(name = "list", description = "List the apps available in an app catalog.",
        footer = {"%nExamples:", "  o365 spo app list --siteUrl https://contoso.sharepoint.com",
                "  o365 spo app list --siteUrl https://contoso.sharepoint.com/sites/team --appCatalogScope sitecollection"})
@DefaultColumns({"Title", "ID", "Deployed", "AppCatalogVersion"})
public class AppListCommand implements Callable<JsonNode> {

    @Option(names = "--siteUrl", required = true, converter = SiteUrlConverter.class,
            description = "A site of the tenant whose app catalog to read, e.g. https://contoso.sharepoint.com.")
    String siteUrl;

    @Option(names = "--appCatalogScope", defaultValue = "tenant",
            description = "The app catalog to read: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    AppCatalogScope scope;

    private final CommandContext context;

    public AppListCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public JsonNode call() {
        return context.http().json(ApiRequest.get(scope.endpoint(siteUrl) + "/AvailableApps")
                .withHeader("Accept", "application/json;odata=nometadata")
                .withToken(TokenMethod.GET)).path("value");
    }
}
