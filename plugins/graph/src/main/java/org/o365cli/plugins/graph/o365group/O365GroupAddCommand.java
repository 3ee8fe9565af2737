package org.o365cli.plugins.graph.o365group;

import org.o365cli.auth.ApiUrl;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.Permission;
import org.o365cli.auth.TokenMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code graph o365group add}: creates a Microsoft 365 group. */
@Command(name = "add", description = "Creates a Microsoft 365 group.",
        footerHeading = "%nExamples:%n",
        footer = {"  o365 graph o365group add --displayName Finance --mailNickname finance",
                "  o365 graph o365group add --displayName HR --mailNickname hr --isPrivate",
                "  o365 graph o365group add --displayName HR --mailNickname hr --owners <userId>"})
@Permission(resource = "https://graph.microsoft.com", delegated = "Group.ReadWrite.All", application = "Group.Create")
public class O365GroupAddCommand implements Callable<JsonNode> {

    @Option(names = "--displayName", required = true, description = "The group's display name.")
    String displayName;

    @Option(names = "--mailNickname", required = true, description = "The group's mail alias, unique in the tenant.")
    String mailNickname;

    @Option(names = "--description", description = "The group's description.")
    String description;

    @Option(names = "--owners", split = ",", description = "Comma-separated object ids of the users to make owners.")
    List<String> owners;

    @Option(names = "--members", split = ",", description = "Comma-separated object ids of the users to make members.")
    List<String> members;

    @Option(names = "--isPrivate", description = "Makes the group private; it is public otherwise.")
    boolean isPrivate;

    private final CommandContext context;

    public O365GroupAddCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public JsonNode call() throws Exception {
        ObjectNode group = context.json().createObjectNode();
        group.put("displayName", displayName);
        if (description != null) {
            group.put("description", description);
        }
        group.putArray("groupTypes").add("Unified");
        group.put("mailEnabled", true);
        group.put("securityEnabled", false);
        group.put("mailNickname", mailNickname);
        group.put("visibility", isPrivate ? "Private" : "Public");
        bind(group, "owners@odata.bind", owners);
        bind(group, "members@odata.bind", members);
        String url = ApiUrl.onConnection(context, "/v1.0/groups").toString();
        return context.http().json(ApiRequest.post(url)
                .withBody("application/json", context.json().writeValueAsString(group))
                .withToken(TokenMethod.ENSURE));
    }

    // Graph adds owners and members at creation from links to the users.
    private void bind(ObjectNode group, String property, List<String> ids) {
        if (ids != null && !ids.isEmpty()) {
            ArrayNode links = group.putArray(property);
            ids.stream().map(String::trim).filter(id -> !id.isEmpty())
                    .forEach(id -> links.add(ApiUrl.onConnection(context, "/v1.0/users").segment(id).toString()));
        }
    }
}
