package org.o365cli.host.setup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Admin consent for the app's permissions: one {@code AllPrincipals} delegated permission grant per
 * resource (created, or its {@code scope} extended), and one app role assignment per application
 * permission the app's service principal does not have yet.
 */
final class ConsentPlanner {

    private final DirectoryClient directory;

    ConsentPlanner(DirectoryClient directory) {
        this.directory = directory;
    }

    /**
     * @param servicePrincipal the app's service principal, empty when a step creates it
     * @param permissions      what the app should have
     */
    List<SetupStep> plan(Optional<String> servicePrincipal, List<ResolvedPermission> permissions) {
        List<SetupStep> steps = new ArrayList<>();
        List<JsonNode> grants = servicePrincipal.map(directory::grants).orElse(List.of());
        for (Map.Entry<String, List<ResolvedPermission>> resource : SetupPlanner.byResource(permissions, false).entrySet()) {
            String resourceId = resource.getKey();
            String resourceName = resource.getValue().get(0).resourceName();
            Optional<JsonNode> grant = grants.stream().filter(g -> g.path("resourceId").asText().equalsIgnoreCase(resourceId)
                    && g.path("consentType").asText().equals("AllPrincipals")).findFirst();
            Set<String> scope = new LinkedHashSet<>();
            grant.ifPresent(g -> scope.addAll(List.of(g.path("scope").asText().trim().split("\\s+"))));
            scope.remove("");
            List<String> missing = resource.getValue().stream().map(ResolvedPermission::value).filter(v -> !scope.contains(v))
                    .distinct().toList();
            if (missing.isEmpty()) {
                continue;
            }
            scope.addAll(missing);
            String joined = String.join(" ", scope);
            if (grant.isEmpty()) {
                steps.add(new SetupStep("grant admin consent for all users on " + resourceName + ": " + joined,
                        t -> directory.createGrant(t.servicePrincipalId, resourceId, joined)));
            } else {
                String grantId = grant.get().path("id").asText();
                steps.add(new SetupStep("add " + String.join(" ", missing) + " to the admin consent on " + resourceName,
                        t -> directory.updateGrant(grantId, joined)));
            }
        }
        List<JsonNode> assigned = servicePrincipal.map(directory::assignments).orElse(List.of());
        for (List<ResolvedPermission> roles : SetupPlanner.byResource(permissions, true).values()) {
            for (ResolvedPermission role : roles) {
                boolean has = assigned.stream().anyMatch(a -> a.path("resourceId").asText().equalsIgnoreCase(role.resourceId())
                        && a.path("appRoleId").asText().equalsIgnoreCase(role.id()));
                if (!has) {
                    steps.add(new SetupStep("grant the application permission " + role.value() + " on " + role.resourceName(),
                            t -> directory.assign(t.servicePrincipalId, role.resourceId(), role.id())));
                }
            }
        }
        return steps;
    }
}
