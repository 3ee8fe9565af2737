package org.o365cli.plugins.aad.approleassignment;

import org.o365cli.auth.ApiUrl;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.DefaultColumns;
import org.o365cli.auth.Permission;
import org.o365cli.auth.TokenMethod;
import org.o365cli.plugins.aad.DirectoryLookup;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aad approleassignment list}: the app roles assigned to an application's service principal. */
@Command(name = "list", description = "Lists the app roles assigned to an application's service principal.",
        footerHeading = "%nExamples:%n",
        footer = {"  o365 aad approleassignment list --appId 9b1b1e42-794b-4c71-93ac-5ed92488b67f",
                "  o365 aad approleassignment list --appDisplayName \"Contoso CRM\""})
@DefaultColumns({"resourceDisplayName", "appRoleId", "principalDisplayName"})
@Permission(resource = "https://graph.microsoft.com", delegated = "Application.Read.All", application = "Application.Read.All")
public class AppRoleAssignmentListCommand implements Callable<Stream<JsonNode>> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static class Which {
        @Option(names = "--appId", required = true, description = "The application (client) id of the service principal.")
        String appId;

        @Option(names = "--appDisplayName", required = true, description = "The display name of the service principal.")
        String appDisplayName;
    }

    private final CommandContext context;

    public AppRoleAssignmentListCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Stream<JsonNode> call() {
        DirectoryLookup servicePrincipals = new DirectoryLookup(context, "servicePrincipals", "service principal");
        JsonNode sp = which.appId != null ? servicePrincipals.only("appId", which.appId)
                : servicePrincipals.only("displayName", which.appDisplayName);
        String url = ApiUrl.onConnection(context, "/v1.0/servicePrincipals").segment(sp.path("id").asText())
                .segment("appRoleAssignments").toString();
        return context.http().pages(ApiRequest.get(url).withToken(TokenMethod.ENSURE));
    }
}
