package org.o365cli.plugins.aad.sp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.Permission;
import org.o365cli.plugins.aad.DirectoryLookup;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aad sp get}: one service principal, by its app id, display name or object id. */
@Command(name = "get", description = "Gets a service principal by app id, display name or object id.",
        footerHeading = "%nExamples:%n",
        footer = {"  o365 aad sp get --appId 00000003-0000-0000-c000-000000000000",
                "  o365 aad sp get --displayName \"Microsoft Graph\"",
                "  o365 aad sp get --id 2b8e6a05-7c1a-4a5e-9a3c-5d0b0e1f7e3a"})
@Permission(resource = "https://graph.microsoft.com", delegated = "Application.Read.All", application = "Application.Read.All")
public class SpGetCommand implements Callable<JsonNode> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static class Which {
        @Option(names = "--appId", required = true, description = "The application (client) id of the service principal.")
        String appId;

        @Option(names = "--displayName", required = true, description = "The display name of the service principal.")
        String displayName;

        @Option(names = "--id", required = true, description = "The object id of the service principal.")
        String id;
    }

    private final CommandContext context;

    public SpGetCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public JsonNode call() {
        DirectoryLookup servicePrincipals = new DirectoryLookup(context, "servicePrincipals", "service principal");
        if (which.id != null) {
            return servicePrincipals.byId(which.id);
        }
        return which.appId != null ? servicePrincipals.only("appId", which.appId)
                : servicePrincipals.only("displayName", which.displayName);
    }
}
