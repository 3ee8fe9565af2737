package org.o365cli.sandbox.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.o365cli.sandbox.SandboxRequest;
import org.o365cli.sandbox.SandboxResponse;
import org.o365cli.sandbox.directory.Groups;
import org.o365cli.sandbox.directory.Users;
import org.o365cli.sandbox.state.StateFile;
import org.o365cli.sandbox.state.StateFile.Change;
import org.o365cli.sandbox.state.TenantState;

/**
 * {@code POST /groups} for Microsoft 365 groups: checks the required properties and the unique
 * mail nickname, resolves {@code owners@odata.bind} and {@code members@odata.bind} links to users,
 * keeps the group and answers 201 with it.
 */
final class GroupCreation {

    private static final List<String> REQUIRED = List.of("displayName", "mailEnabled", "mailNickname", "securityEnabled");

    private final ObjectMapper json;
    private final Clock clock;
    private final StateFile state;
    private final GraphAnswers answers;

    GroupCreation(ObjectMapper json, Clock clock, StateFile state, GraphAnswers answers) {
        this.json = json;
        this.clock = clock;
        this.state = state;
        this.answers = answers;
    }

    SandboxResponse create(SandboxRequest request, String version) {
        JsonNode body;
        try {
            body = json.readTree(request.body());
        } catch (IOException e) {
            return answers.error(request, 400, "BadRequest", "Unable to read JSON request payload. Please ensure Content-Type "
                    + "header is set and payload is of valid JSON format.");
        }
        if (body == null || !body.isObject()) {
            return answers.error(request, 400, "BadRequest", "Empty Payload. JSON content expected.");
        }
        for (String property : REQUIRED) {
            if (!body.hasNonNull(property)) {
                return answers.error(request, 400, "Request_BadRequest", "Invalid value specified for property '" + property
                        + "' of resource 'Group'.");
            }
        }
        return state.update(current -> {
            ObjectNode tenant = current.orElseThrow();
            Users users = TenantState.users(json, tenant);
            String nickname = body.get("mailNickname").asText();
            for (JsonNode group : tenant.withArrayProperty("groups")) {
                if (group.path("mailNickname").asText().equalsIgnoreCase(nickname)) {
                    return Change.unchanged(answers.error(request, 400, "Request_BadRequest", "Another object with the same "
                            + "value for property mailNickname already exists."));
                }
            }
            List<String> owners = new ArrayList<>();
            List<String> members = new ArrayList<>();
            for (String[] link : new String[][] {{"owners@odata.bind", "o"}, {"members@odata.bind", "m"}}) {
                for (JsonNode url : body.path(link[0])) {
                    String id = url.asText().replaceFirst(".*/", "");
                    if (!url.asText().matches("https://graph\\.microsoft\\.com/(v1\\.0|beta)/(users|directoryObjects)/[^/]+")
                            || users.find(id).isEmpty()) {
                        return Change.unchanged(answers.notFound(request, id));
                    }
                    (link[1].equals("o") ? owners : members).add(users.at(users.find(id).get()).get("id").asText());
                }
            }
            String created = DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
            ObjectNode group = Groups.shape(json, UUID.randomUUID().toString(), body.get("displayName").asText(), nickname,
                    body.path("visibility").asText("Public"), created);
            if (body.hasNonNull("description")) {
                group.put("description", body.get("description").asText());
            }
            group.set("groupTypes", body.path("groupTypes").isArray() ? body.get("groupTypes") : json.createArrayNode());
            group.put("mailEnabled", body.get("mailEnabled").asBoolean());
            group.put("securityEnabled", body.get("securityEnabled").asBoolean());
            tenant.withArrayProperty("groups").add(group);
            ObjectNode links = tenant.withObjectProperty("groupLinks").putObject(group.get("id").asText());
            ArrayNode ownerIds = links.putArray("owners");
            owners.forEach(ownerIds::add);
            ArrayNode memberIds = links.putArray("members");
            members.forEach(memberIds::add);
            ObjectNode answer = json.createObjectNode();
            answer.put("@odata.context", "https://graph.microsoft.com/" + version + "/$metadata#groups/$entity");
            answer.put("@odata.id", "https://graph.microsoft.com/v2/" + org.o365cli.sandbox.directory.Seed.TENANT_ID
                    + "/directoryObjects/" + group.get("id").asText() + "/Microsoft.DirectoryServices.Group");
            answer.setAll(group);
            return Change.written(tenant, answers.ok(request, 201, answer));
        });
    }
}
