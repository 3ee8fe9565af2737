package org.o365cli.sandbox.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import org.o365cli.sandbox.SandboxRequest;
import org.o365cli.sandbox.SandboxResponse;
import org.o365cli.sandbox.state.StateFile;
import org.o365cli.sandbox.state.StateFile.Change;

/**
 * Admin consent:
 * <ul>
 * <li>{@code POST /oauth2PermissionGrants}, 201 with the grant (learn.microsoft.com/graph/api/oauth2permissiongrant-post):
 * {@code clientId}, {@code consentType}, {@code resourceId}, {@code scope}, and {@code principalId} only for
 * {@code Principal}</li>
 * <li>{@code PATCH /oauth2PermissionGrants/{id}} with {@code scope}, 204
 * (learn.microsoft.com/graph/api/oauth2permissiongrant-update)</li>
 * <li>{@code POST /servicePrincipals/{id}/appRoleAssignments} with {@code principalId} (that service principal),
 * {@code resourceId} and {@code appRoleId}, 201 with the assignment
 * (learn.microsoft.com/graph/api/serviceprincipal-post-approleassignments)</li>
 * </ul>
 */
final class ConsentWrites {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ObjectMapper json;
    private final Clock clock;
    private final StateFile state;
    private final GraphAnswers answers;

    ConsentWrites(ObjectMapper json, Clock clock, StateFile state, GraphAnswers answers) {
        this.json = json;
        this.clock = clock;
        this.state = state;
        this.answers = answers;
    }

    SandboxResponse grant(SandboxRequest request, String version, ObjectNode body) {
        for (String property : new String[] {"clientId", "consentType", "resourceId", "scope"}) {
            if (!body.path(property).isTextual()) {
                return DirectoryWrites.invalid(answers, request, property, "OAuth2PermissionGrant");
            }
        }
        String consentType = body.get("consentType").asText();
        boolean allPrincipals = consentType.equals("AllPrincipals");
        if (!allPrincipals && !consentType.equals("Principal") || allPrincipals == body.path("principalId").isTextual()) {
            return DirectoryWrites.invalid(answers, request, allPrincipals ? "principalId" : "consentType", "OAuth2PermissionGrant");
        }
        return state.update(current -> {
            ObjectNode tenant = current.orElseThrow();
            ArrayNode sps = tenant.withArrayProperty("servicePrincipals");
            for (String reference : new String[] {"clientId", "resourceId"}) {
                if (ApplicationWrites.find(sps, "id", body.get(reference).asText()).isEmpty()) {
                    return Change.unchanged(answers.notFound(request, body.get(reference).asText()));
                }
            }
            ArrayNode grants = tenant.withArrayProperty("oauth2PermissionGrants");
            for (JsonNode existing : grants) {
                if (existing.path("clientId").asText().equals(body.get("clientId").asText())
                        && existing.path("resourceId").asText().equals(body.get("resourceId").asText())
                        && existing.path("consentType").asText().equals(consentType)
                        && existing.path("principalId").asText("").equals(body.path("principalId").asText(""))) {
                    return Change.unchanged(answers.error(request, 409, "Request_MultipleObjectsWithSameKeyValue",
                            "Permission entry already exists."));
                }
            }
            String id = opaqueId();
            ObjectNode grant = grants.addObject();
            grant.put("clientId", body.get("clientId").asText());
            grant.put("consentType", consentType);
            grant.put("id", id);
            grant.set("principalId", allPrincipals ? json.nullNode() : body.get("principalId"));
            grant.put("resourceId", body.get("resourceId").asText());
            grant.put("scope", body.get("scope").asText());
            ObjectNode answer = json.createObjectNode();
            answer.put("@odata.context", "https://graph.microsoft.com/" + version + "/$metadata#oauth2PermissionGrants/$entity");
            answer.setAll(grant.deepCopy());
            return Change.written(tenant, answers.ok(request, 201, answer));
        });
    }

    SandboxResponse updateGrant(SandboxRequest request, String id, ObjectNode body) {
        Optional<String> other = iterable(body).filter(name -> !name.equals("scope")).findFirst();
        if (other.isPresent()) {
            return DirectoryWrites.unknownProperty(answers, request, other.get());
        }
        if (!body.path("scope").isTextual()) {
            return DirectoryWrites.invalid(answers, request, "scope", "OAuth2PermissionGrant");
        }
        return state.update(current -> {
            ObjectNode tenant = current.orElseThrow();
            Optional<ObjectNode> grant = ApplicationWrites.find(tenant.withArrayProperty("oauth2PermissionGrants"), "id", id);
            if (grant.isEmpty()) {
                return Change.unchanged(answers.notFound(request, id));
            }
            grant.get().put("scope", body.get("scope").asText());
            return Change.written(tenant, answers.noContent(request));
        });
    }

    SandboxResponse assign(SandboxRequest request, String version, String principalId, ObjectNode body) {
        for (String property : new String[] {"principalId", "resourceId", "appRoleId"}) {
            if (!body.path(property).isTextual()) {
                return DirectoryWrites.invalid(answers, request, property, "AppRoleAssignment");
            }
        }
        return state.update(current -> {
            ObjectNode tenant = current.orElseThrow();
            ArrayNode sps = tenant.withArrayProperty("servicePrincipals");
            Optional<ObjectNode> principal = ApplicationWrites.find(sps, "id", principalId);
            Optional<ObjectNode> resource = ApplicationWrites.find(sps, "id", body.get("resourceId").asText());
            if (principal.isEmpty() || !principalId.equalsIgnoreCase(body.get("principalId").asText())) {
                return Change.unchanged(answers.notFound(request, body.get("principalId").asText()));
            }
            if (resource.isEmpty()) {
                return Change.unchanged(answers.notFound(request, body.get("resourceId").asText()));
            }
            String roleId = body.get("appRoleId").asText();
            if (ApplicationWrites.find(resource.get().withArrayProperty("appRoles"), "id", roleId).isEmpty()) {
                return Change.unchanged(answers.error(request, 400, "Request_BadRequest",
                        "Permission being assigned was not found on application '" + resource.get().get("appId").asText() + "'."));
            }
            ArrayNode assignments = tenant.withObjectProperty("appRoleAssignments").withArrayProperty(principal.get().get("id").asText());
            for (JsonNode existing : assignments) {
                if (existing.path("appRoleId").asText().equals(roleId)
                        && existing.path("resourceId").asText().equals(resource.get().get("id").asText())) {
                    return Change.unchanged(answers.error(request, 400, "Request_BadRequest",
                            "Permission being assigned already exists on the object"));
                }
            }
            ObjectNode assignment = assignments.addObject();
            assignment.put("id", opaqueId());
            assignment.putNull("deletedDateTime");
            assignment.put("appRoleId", roleId);
            assignment.put("createdDateTime", DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
            assignment.put("principalDisplayName", principal.get().path("displayName").asText());
            assignment.put("principalId", principal.get().get("id").asText());
            assignment.put("principalType", "ServicePrincipal");
            assignment.put("resourceDisplayName", resource.get().path("displayName").asText());
            assignment.put("resourceId", resource.get().get("id").asText());
            ObjectNode answer = json.createObjectNode();
            answer.put("@odata.context", "https://graph.microsoft.com/" + version + "/$metadata#servicePrincipals('"
                    + principalId + "')/appRoleAssignments/$entity");
            answer.setAll(assignment.deepCopy());
            return Change.written(tenant, answers.ok(request, 201, answer));
        });
    }

    private static java.util.stream.Stream<String> iterable(ObjectNode body) {
        java.util.List<String> names = new java.util.ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        return names.stream();
    }

    // Graph's grant and assignment ids are 43 base64url characters, not GUIDs.
    private static String opaqueId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
