package org.o365cli.sandbox.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.o365cli.sandbox.Form;
import org.o365cli.sandbox.SandboxRequest;
import org.o365cli.sandbox.SandboxResponse;
import org.o365cli.sandbox.directory.Users;
import org.o365cli.sandbox.state.StateFile;
import org.o365cli.sandbox.state.TenantState;

/**
 * Microsoft Graph v1.0 (and beta) on {@code https://graph.microsoft.com}: users, Microsoft 365
 * groups, group settings, service principals and their app role assignments, applications and
 * delegated permission grants.
 */
public final class GraphRoutes {

    private static final String ROOT = "https://graph.microsoft.com/";
    private static final List<String> DIRECTORY = List.of("groupSettings", "servicePrincipals", "applications",
            "oauth2PermissionGrants");

    private final ObjectMapper json;
    private final StateFile state;
    private final GraphAnswers answers;
    private final Collection collection;
    private final GroupCreation groups;
    private final DirectoryWrites writes;

    /**
     * @param json  the mapper
     * @param clock the time
     * @param state the tenant's state
     */
    public GraphRoutes(ObjectMapper json, Clock clock, StateFile state) {
        this.json = json;
        this.state = state;
        this.answers = new GraphAnswers(json, clock);
        this.collection = new Collection(json);
        this.groups = new GroupCreation(json, clock, state, answers);
        this.writes = new DirectoryWrites(json, clock, state, answers);
    }

    /** The answers' shapes, for the API check's 401s. */
    public GraphAnswers answers() {
        return answers;
    }

    /**
     * Answers a request whose token was already checked.
     *
     * @param request the request
     * @param caller  the claims of its access token, which writes check for their permission
     * @return the answer
     */
    public SandboxResponse handle(SandboxRequest request, com.nimbusds.jwt.JWTClaimsSet caller) {
        List<String> path = Arrays.stream(request.uri().getRawPath().split("/")).filter(s -> !s.isEmpty())
                .map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8)).toList();
        if (path.isEmpty() || !path.get(0).equals("v1.0") && !path.get(0).equals("beta")) {
            return answers.error(request, 400, "BadRequest", "Invalid version: " + (path.isEmpty() ? "" : path.get(0)));
        }
        if (path.size() == 1) {
            return answers.unknownRoute(request, "");
        }
        String version = path.get(0);
        String set = path.get(1);
        Form query = Form.parse(request.uri().getRawQuery());
        ObjectNode tenant = state.read().orElseThrow();
        try {
            if (request.method().equals("POST") && set.equals("groups") && path.size() == 2) {
                return groups.create(request, version);
            }
            if (DirectoryWrites.handles(request.method(), path)) {
                return writes.handle(request, version, path, caller);
            }
            if (!request.method().equals("GET")) {
                return answers.unknownRoute(request, set);
            }
            return switch (set) {
                case "users" -> users(request, version, path, query, TenantState.users(json, tenant));
                case "groups" -> stored(request, version, path, query, tenant.withArrayProperty("groups").deepCopy(), "groups");
                case "applications" -> stored(request, version, path, query, withoutKeys(tenant.withArrayProperty(set),
                        path.size() == 3 && query.get("$select").orElse("").contains("keyCredentials")), set);
                default -> DIRECTORY.contains(set) ? stored(request, version, path, query, tenant.withArrayProperty(set), set)
                        : answers.unknownRoute(request, set);
            };
        } catch (IllegalArgumentException e) {
            return answers.error(request, 400, "Request_UnsupportedQuery", e.getMessage());
        }
    }

    // Graph returns a certificate's key only to a $select=keyCredentials of one application.
    private static ArrayNode withoutKeys(ArrayNode apps, boolean keep) {
        ArrayNode copy = apps.deepCopy();
        if (!keep) {
            copy.forEach(app -> KeyCredentials.withoutKeys((ObjectNode) app));
        }
        return copy;
    }

    private SandboxResponse users(SandboxRequest request, String version, List<String> path, Form query, Users users) {
        String context = ROOT + version + "/$metadata#users";
        if (path.size() == 2) {
            return answers.ok(request, 200, collection.page(ROOT + version + "/users", context, query, users.count(), users::at));
        }
        if (path.size() == 3) {
            Optional<Integer> index = users.find(path.get(2));
            if (index.isEmpty()) {
                return answers.notFound(request, path.get(2));
            }
            return answers.ok(request, 200, entity(context, users.at(index.get()), query));
        }
        return answers.unknownRoute(request, path.get(3));
    }

    private SandboxResponse stored(SandboxRequest request, String version, List<String> path, Form query,
                                   ArrayNode items, String set) {
        String context = ROOT + version + "/$metadata#" + set;
        if (path.size() == 2) {
            return answers.ok(request, 200, collection.page(ROOT + version + "/" + set, context, query, items.size(),
                    i -> (ObjectNode) items.get(i)));
        }
        Optional<JsonNode> found = Optional.empty();
        for (JsonNode item : items) {
            if (item.path("id").asText().equalsIgnoreCase(path.get(2))) {
                found = Optional.of(item);
            }
        }
        if (found.isEmpty()) {
            return answers.notFound(request, path.get(2));
        }
        if (path.size() == 3) {
            return answers.ok(request, 200, entity(context, (ObjectNode) found.get(), query));
        }
        if (path.size() == 4 && set.equals("servicePrincipals") && path.get(3).equals("appRoleAssignments")) {
            JsonNode kept = state.read().orElseThrow().path("appRoleAssignments").path(found.get().path("id").asText());
            ArrayNode assignments = kept instanceof ArrayNode a ? a : json.createArrayNode();
            String base = ROOT + version + "/servicePrincipals/" + found.get().path("id").asText() + "/appRoleAssignments";
            return answers.ok(request, 200, collection.page(base, ROOT + version + "/$metadata#appRoleAssignments", query,
                    assignments.size(),
                    i -> (ObjectNode) assignments.get(i)));
        }
        return answers.unknownRoute(request, path.get(path.size() - 1));
    }

    private ObjectNode entity(String context, ObjectNode item, Form query) {
        List<String> select = Select.parse(query.get("$select").orElse(null));
        ObjectNode answer = json.createObjectNode();
        answer.put("@odata.context", select.isEmpty() ? context + "/$entity" : context + "(" + String.join(",", select) + ")/$entity");
        answer.setAll(Select.apply(json, item, select));
        return answer;
    }
}
