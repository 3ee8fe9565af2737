package org.o365cli.plugins.graph.groupsetting;

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

/** {@code graph groupsetting list}: the tenant's group settings, page by page. */
@Command(name = "list", description = "Lists the tenant's group settings.",
        footerHeading = "%nExamples:%n", footer = "  o365 graph groupsetting list")
@DefaultColumns({"id", "displayName"})
@Permission(resource = "https://graph.microsoft.com", delegated = "GroupSettings.Read.All", application = "GroupSettings.Read.All")
public class GroupSettingListCommand implements Callable<Stream<JsonNode>> {

    private final CommandContext context;

    public GroupSettingListCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Stream<JsonNode> call() {
        String url = ApiUrl.onConnection(context, "/v1.0/groupSettings").toString();
        return context.http().pages(ApiRequest.get(url).withToken(TokenMethod.ENSURE));
    }
}
