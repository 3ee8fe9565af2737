package org.o365cli.plugins.aad.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.Permission;
import org.o365cli.plugins.aad.DirectoryLookup;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aad app get}: one application registration, by its app id or object id. */
@Command(name = "get", description = "Gets an application registration by app id or object id.",
        footerHeading = "%nExamples:%n",
        footer = {"  o365 aad app get --appId 9b1b1e42-794b-4c71-93ac-5ed92488b67f",
                "  o365 aad app get --id 2b8e6a05-7c1a-4a5e-9a3c-5d0b0e1f7e3a"})
@Permission(resource = "https://graph.microsoft.com", delegated = "Application.Read.All", application = "Application.Read.All")
public class AppGetCommand implements Callable<JsonNode> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static class Which {
        @Option(names = "--appId", required = true, description = "The application (client) id.")
        String appId;

        @Option(names = "--id", required = true, description = "The object id of the application registration.")
        String id;
    }

    private final CommandContext context;

    public AppGetCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public JsonNode call() {
        DirectoryLookup applications = new DirectoryLookup(context, "applications", "application");
        return which.id != null ? applications.byId(which.id) : applications.only("appId", which.appId);
    }
}
