package org.o365cli.plugins.aad.oauth2grant;

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

/** {@code aad oauth2grant list}: the delegated permissions granted to a service principal. */
@Command(name = "list", description = "Lists the delegated permissions granted to a service principal.",
        footerHeading = "%nExamples:%n",
        footer = "  o365 aad oauth2grant list --spObjectId 2b8e6a05-7c1a-4a5e-9a3c-5d0b0e1f7e3a")
@DefaultColumns({"id", "resourceId", "consentType", "scope"})
@Permission(resource = "https://graph.microsoft.com", delegated = "Directory.Read.All", application = "Directory.Read.All")
public class Oauth2GrantListCommand implements Callable<Stream<JsonNode>> {

    @Option(names = "--spObjectId", required = true, description = "The object id of the service principal granted the permissions.")
    String spObjectId;

    private final CommandContext context;

    public Oauth2GrantListCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Stream<JsonNode> call() {
        String url = ApiUrl.onConnection(context, "/v1.0/oauth2PermissionGrants")
                .query("$filter", "clientId eq " + ApiUrl.literal(spObjectId)).toString();
        return context.http().pages(ApiRequest.get(url).withToken(TokenMethod.ENSURE));
    }
}
