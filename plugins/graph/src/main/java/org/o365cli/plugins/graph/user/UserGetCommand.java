package org.o365cli.plugins.graph.user;

import org.o365cli.auth.ApiUrl;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.Permission;
import org.o365cli.auth.TokenMethod;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code graph user get}: one user, by object id or principal name. */
@Command(name = "get", description = "Gets a user by id or user principal name.",
        footerHeading = "%nExamples:%n",
        footer = {"  o365 graph user get --id 1caf7dcd-7e83-4c3a-94f7-932a1299c844",
                "  o365 graph user get --userName adelev@contoso.com --properties mail"})
// User.ReadBasic.All would do for the default properties only; --properties may select any property.
@Permission(resource = "https://graph.microsoft.com", delegated = "User.Read.All", application = "User.Read.All")
public class UserGetCommand implements Callable<JsonNode> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(names = "--properties", description = "Comma-separated properties to retrieve, e.g. displayName,mail.")
    String properties;

    static class Which {
        @Option(names = "--id", required = true, description = "The user's object id.")
        String id;

        @Option(names = "--userName", required = true, description = "The user's principal name, e.g. adelev@contoso.com.")
        String userName;
    }

    private final CommandContext context;

    public UserGetCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public JsonNode call() {
        String url = ApiUrl.onConnection(context, "/v1.0/users").segment(which.id != null ? which.id : which.userName)
                .query("$select", properties).toString();
        return context.http().json(ApiRequest.get(url).withToken(TokenMethod.ENSURE));
    }
}
