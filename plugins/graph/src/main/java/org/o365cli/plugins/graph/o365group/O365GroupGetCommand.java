package org.o365cli.plugins.graph.o365group;

import org.o365cli.auth.ApiUrl;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.Permission;
import org.o365cli.auth.TokenMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code graph o365group get}: one group by id. */
@Command(name = "get", description = "Gets a Microsoft 365 group by id.",
        footerHeading = "%nExamples:%n",
        footer = "  o365 graph o365group get --id 1caf7dcd-7e83-4c3a-94f7-932a1299c844")
@Permission(resource = "https://graph.microsoft.com", delegated = "GroupMember.Read.All", application = "GroupMember.Read.All")
public class O365GroupGetCommand implements Callable<JsonNode> {

    @Option(names = "--id", required = true, description = "The group's object id.")
    String id;

    private final CommandContext context;

    public O365GroupGetCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public JsonNode call() {
        String url = ApiUrl.onConnection(context, "/v1.0/groups").segment(id).toString();
        return context.http().json(ApiRequest.get(url).withToken(TokenMethod.ENSURE));
    }
}
