package org.o365cli.plugins.graph.user;

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

/** {@code graph user list}: the tenant's users, page by page. */
@Command(name = "list", description = "Lists the users of the tenant.",
        footerHeading = "%nExamples:%n",
        footer = {"  o365 graph user list --properties id,displayName,mail",
                "  o365 graph user list --filter \"startswith(displayName,'Adele')\""})
@DefaultColumns({"id", "displayName", "userPrincipalName"})
// User.ReadBasic.All would do for the default properties only; --properties may select any property.
@Permission(resource = "https://graph.microsoft.com", delegated = "User.Read.All", application = "User.Read.All")
public class UserListCommand implements Callable<Stream<JsonNode>> {

    @Option(names = "--filter", description = "An OData filter, e.g. \"startswith(displayName,'A')\".")
    String filter;

    @Option(names = "--properties", description = "Comma-separated properties to retrieve, e.g. id,mail.")
    String properties;

    private final CommandContext context;

    public UserListCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Stream<JsonNode> call() {
        String url = ApiUrl.onConnection(context, "/v1.0/users").query("$filter", filter).query("$select", properties).toString();
        return context.http().pages(ApiRequest.get(url).withToken(TokenMethod.ENSURE));
    }
}
