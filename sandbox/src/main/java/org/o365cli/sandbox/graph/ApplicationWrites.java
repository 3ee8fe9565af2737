package org.o365cli.sandbox.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.o365cli.sandbox.SandboxRequest;
import org.o365cli.sandbox.SandboxResponse;
import org.o365cli.sandbox.directory.Applications;
import org.o365cli.sandbox.directory.Seed;
import org.o365cli.sandbox.state.StateFile;
import org.o365cli.sandbox.state.StateFile.Change;

/**
 * Creating and updating app registrations and creating service principals:
 * <ul>
 * <li>{@code POST /applications}, 201 with the application (learn.microsoft.com/graph/api/application-post-applications)</li>
 * <li>{@code PATCH /applications/{id}}, 204 (learn.microsoft.com/graph/api/application-update); a collection or
 * complex property given replaces the old one, so {@code keyCredentials} must list the keys to keep</li>
 * <li>{@code POST /servicePrincipals} with {@code appId}, 201 with the service principal
 * (learn.microsoft.com/graph/api/serviceprincipal-post-serviceprincipals)</li>
 * </ul>
 */
final class ApplicationWrites {

    private static final String ROOT = "https://graph.microsoft.com/";
    private static final Set<String> WRITABLE = Set.of("displayName", "isFallbackPublicClient", "publicClient",
            "requiredResourceAccess", "keyCredentials", "signInAudience", "tags", "web", "identifierUris");

    private final ObjectMapper json;
    private final Clock clock;
    private final StateFile state;
    private final GraphAnswers answers;

    ApplicationWrites(ObjectMapper json, Clock clock, StateFile state, GraphAnswers answers) {
        this.json = json;
        this.clock = clock;
        this.state = state;
        this.answers = answers;
    }

    SandboxResponse create(SandboxRequest request, String version, ObjectNode body) {
        if (!body.path("displayName").isTextual() || body.get("displayName").asText().isBlank()) {
            return DirectoryWrites.invalid(answers, request, "displayName", "Application");
        }
        return state.update(current -> {
            ObjectNode tenant = current.orElseThrow();
            ObjectNode app = Applications.application(json, body.get("displayName").asText(), UUID.randomUUID().toString(), now());
            app.put("id", UUID.randomUUID().toString());
            Optional<SandboxResponse> refused = apply(request, tenant, app, body);
            if (refused.isPresent()) {
                return Change.unchanged(refused.get());
            }
            tenant.withArrayProperty("applications").add(app);
            ObjectNode answer = json.createObjectNode();
            answer.put("@odata.context", ROOT + version + "/$metadata#applications/$entity");
            answer.setAll(KeyCredentials.withoutKeys(app.deepCopy()));
            return Change.written(tenant, answers.ok(request, 201, answer));
        });
    }

    SandboxResponse update(SandboxRequest request, String id, ObjectNode body) {
        return state.update(current -> {
            ObjectNode tenant = current.orElseThrow();
            Optional<ObjectNode> app = find(tenant.withArrayProperty("applications"), "id", id);
            if (app.isEmpty()) {
                return Change.unchanged(answers.notFound(request, id));
            }
            Optional<SandboxResponse> refused = apply(request, tenant, app.get(), body);
            return refused.map(Change::<SandboxResponse>unchanged)
                    .orElseGet(() -> Change.written(tenant, answers.noContent(request)));
        });
    }

    SandboxResponse createServicePrincipal(SandboxRequest request, String version, ObjectNode body) {
        String appId = body.path("appId").asText("");
        return state.update(current -> {
            ObjectNode tenant = current.orElseThrow();
            Optional<ObjectNode> app = find(tenant.withArrayProperty("applications"), "appId", appId);
            if (app.isEmpty()) {
                return Change.unchanged(answers.error(request, 400, "Request_BadRequest", "The appId '" + appId
                        + "' of the service principal does not reference a valid application object."));
            }
            if (find(tenant.withArrayProperty("servicePrincipals"), "appId", appId).isPresent()) {
                return Change.unchanged(answers.error(request, 409, "Request_MultipleObjectsWithSameKeyValue", "The service "
                        + "principal cannot be created, updated, or restored because the service principal name " + appId
                        + " is already in use."));
            }
            ObjectNode sp = Applications.servicePrincipal(tenant.withArrayProperty("servicePrincipals").addObject(),
                    app.get().get("displayName").asText(), appId, Seed.TENANT_ID);
            sp.put("id", UUID.randomUUID().toString());
            ObjectNode answer = json.createObjectNode();
            answer.put("@odata.context", ROOT + version + "/$metadata#servicePrincipals/$entity");
            answer.setAll(sp.deepCopy());
            return Change.written(tenant, answers.ok(request, 201, answer));
        });
    }

    private Optional<SandboxResponse> apply(SandboxRequest request, ObjectNode tenant, ObjectNode app, ObjectNode body) {
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (!WRITABLE.contains(name)) {
                return Optional.of(DirectoryWrites.unknownProperty(answers, request, name));
            }
            boolean collection = Set.of("requiredResourceAccess", "keyCredentials", "tags", "identifierUris").contains(name);
            boolean complex = Set.of("publicClient", "web").contains(name);
            if (collection && !value.isArray() || complex && !value.isObject()
                    || name.equals("isFallbackPublicClient") && !value.isBoolean() && !value.isNull()
                    || Set.of("displayName", "signInAudience").contains(name) && !value.isTextual()) {
                return Optional.of(DirectoryWrites.invalid(answers, request, name, "Application"));
            }
        }
        if (body.has("keyCredentials")) {
            Optional<ArrayNode> keys = new KeyCredentials(json).accept(body.withArrayProperty("keyCredentials"),
                    app.withArrayProperty("keyCredentials"), tenant);
            if (keys.isEmpty()) {
                return Optional.of(DirectoryWrites.invalid(answers, request, "keyCredentials", "Application"));
            }
            body.set("keyCredentials", keys.get());
        }
        app.setAll(body);
        return Optional.empty();
    }

    static Optional<ObjectNode> find(ArrayNode items, String property, String value) {
        for (JsonNode item : items) {
            if (item.path(property).asText().equalsIgnoreCase(value)) {
                return Optional.of((ObjectNode) item);
            }
        }
        return Optional.empty();
    }

    private String now() {
        return DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }
}
