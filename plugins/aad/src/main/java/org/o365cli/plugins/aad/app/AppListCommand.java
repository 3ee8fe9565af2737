package org.o365cli.plugins.aad.app;

import org.o365cli.auth.ApiUrl;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.DefaultColumns;
import org.o365cli.auth.Permission;
import org.o365cli.auth.TokenMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aad app list}: the tenant's application registrations, page by page. */
@Command(name = "list", description = "Lists the application registrations of the tenant.",
        footerHeading = "%nExamples:%n",
        footer = {"  o365 aad app list --properties id,appId,displayName",
                "  o365 aad app list --filter \"startswith(displayName,'Contoso')\""})
@DefaultColumns({"id", "appId", "displayName"})
@Permission(resource = "https://graph.microsoft.com", delegated = "Application.Read.All", application = "Application.Read.All")
public class AppListCommand implements Callable<Stream<JsonNode>> {

    @Option(names = "--filter", description = "An OData filter, e.g. \"startswith(displayName,'A')\".")
    String filter;

    @Option(names = "--properties", description = "Comma-separated properties to retrieve, e.g. id,appId.")
    String properties;

    private final CommandContext context;

    public AppListCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Stream<JsonNode> call() {
        String url = ApiUrl.onConnection(context, "/v1.0/applications").query("$filter", filter).query("$select", properties).toString();
        return context.http().pages(ApiRequest.get(url).withToken(TokenMethod.ENSURE));
    }
}
