package org.o365cli.host.setup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.UsageException;

/**
 * Looks up each wanted permission's id on its resource's service principal ({@code oauth2PermissionScopes}
 * for delegated, {@code appRoles} allowed to applications for application permissions), as the ids differ by
 * resource and are never guessed.
 */
final class PermissionResolver {

    private final DirectoryClient directory;
    private final Map<String, JsonNode> resources = new LinkedHashMap<>();

    PermissionResolver(DirectoryClient directory) {
        this.directory = directory;
    }

    /**
     * @param wanted  the permissions by name
     * @param listed  whether they came from an explicit list (a name need exist one way only; an unknown one is an error)
     * @param warning where a declared permission the resource does not have is reported
     */
    List<ResolvedPermission> resolve(List<WantedPermission> wanted, boolean listed, Consumer<String> warning) {
        List<ResolvedPermission> resolved = new ArrayList<>();
        Map<String, Boolean> found = new LinkedHashMap<>();
        for (WantedPermission permission : wanted) {
            JsonNode resource = resource(permission.resourceAppId());
            Optional<JsonNode> match = find(resource, permission);
            String key = permission.resourceAppId() + "/" + permission.value();
            found.merge(key, match.isPresent(), Boolean::logicalOr);
            match.ifPresent(m -> resolved.add(new ResolvedPermission(permission.resourceAppId(), resource.path("id").asText(),
                    resource.path("displayName").asText(), m.path("value").asText(), m.path("id").asText(),
                    permission.application())));
            if (match.isEmpty() && !listed) {
                warning.accept("Warning: " + resource.path("displayName").asText() + " has no " + (permission.application()
                        ? "application" : "delegated") + " permission '" + permission.value() + "' that an installed command"
                        + " declares; it is left out");
            }
        }
        found.forEach((key, any) -> {
            if (!any) {
                String name = key.substring(key.indexOf('/') + 1);
                throw new UsageException("--scopes names '" + name + "', which " + resources.get(key.substring(0, key.indexOf('/')))
                        .path("displayName").asText() + " does not offer" + " as a delegated permission (nor as an application "
                        + "permission with --appOnly): check its spelling in the permissions reference");
            }
        });
        return resolved;
    }

    private JsonNode resource(String appId) {
        return resources.computeIfAbsent(appId, id -> directory.servicePrincipal(id).orElseThrow(() -> new O365Exception(
                "The tenant has no service principal for the API " + id + ", so its permissions can't be looked up: "
                        + "add it first, e.g. 'o365 request --url @graph/servicePrincipals --method post --header "
                        + "\"content-type: application/json\" --body \"{\\\"appId\\\":\\\"" + id + "\\\"}\"'")));
    }

    private static Optional<JsonNode> find(JsonNode resource, WantedPermission permission) {
        for (JsonNode candidate : resource.path(permission.application() ? "appRoles" : "oauth2PermissionScopes")) {
            boolean forApps = !permission.application() || containsText(candidate.path("allowedMemberTypes"), "Application");
            if (forApps && candidate.path("isEnabled").asBoolean(true)
                    && candidate.path("value").asText().equalsIgnoreCase(permission.value())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean containsText(JsonNode array, String text) {
        for (JsonNode item : array) {
            if (item.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }
}
