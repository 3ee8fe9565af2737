package org.o365cli.plugins.graph.o365group;

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

/** {@code graph o365group list}: the tenant's Microsoft 365 groups, page by page. */
@Command(name = "list", description = "Lists the Microsoft 365 groups of the tenant.",
        footerHeading = "%nExamples:%n",
        footer = {"  o365 graph o365group list", "  o365 graph o365group list --displayName Project"})
@DefaultColumns({"id", "displayName", "mailNickname"})
// GroupMember.Read.All, least privileged of Get group; List groups' generated table names a ReadWrite permission.
@Permission(resource = "https://graph.microsoft.com", delegated = "GroupMember.Read.All", application = "GroupMember.Read.All")
public class O365GroupListCommand implements Callable<Stream<JsonNode>> {

    private static final String UNIFIED = "groupTypes/any(c:c eq 'Unified')";

    @Option(names = "--displayName", description = "Only groups whose display name starts with this text.")
    String displayName;

    private final CommandContext context;

    public O365GroupListCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Stream<JsonNode> call() {
        String filter = displayName == null ? UNIFIED
                : UNIFIED + " and startswith(displayName," + ApiUrl.literal(displayName) + ")";
        String url = ApiUrl.onConnection(context, "/v1.0/groups").query("$filter", filter).toString();
        return context.http().pages(ApiRequest.get(url).withToken(TokenMethod.ENSURE));
    }
}
