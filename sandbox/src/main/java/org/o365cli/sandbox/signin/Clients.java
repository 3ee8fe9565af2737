package org.o365cli.sandbox.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.o365cli.sandbox.directory.Applications;
import org.o365cli.sandbox.directory.Seed;

/**
 * The apps that may sign in to the tenant, and the permissions their tokens carry: the sandbox's own
 * app (fixed permissions), Microsoft Graph Command Line Tools (a first-party public client: the
 * permissions it asks for by name, consented by the signing-in administrator), and every app
 * registered in the tenant (what admin consent granted it: {@code oauth2PermissionGrants} for users,
 * {@code appRoleAssignments} for the app itself).
 */
final class Clients {

    /** How a client gets its permissions. */
    enum Kind { SANDBOX, FIRST_PARTY, REGISTERED }

    /**
     * @param appId              the client id
     * @param servicePrincipalId its service principal in the tenant, or null
     * @param kind               how it gets its permissions
     * @param publicClient       whether it may use public client flows (password, device code)
     */
    record Client(String appId, String servicePrincipalId, Kind kind, boolean publicClient) {
    }

    private static final Set<String> OPENID = Set.of("openid", "profile", "offline_access", "email");

    private Clients() {
    }

    static Optional<Client> find(ObjectNode tenant, String clientId) {
        if (clientId.equalsIgnoreCase(Seed.APP_ID)) {
            return Optional.of(new Client(Seed.APP_ID, Seed.guid("servicePrincipal:" + Seed.APP_ID), Kind.SANDBOX, true));
        }
        Optional<String> sp = servicePrincipal(tenant, clientId);
        if (clientId.equalsIgnoreCase(Applications.GRAPH_CLI_APP_ID)) {
            return Optional.of(new Client(Applications.GRAPH_CLI_APP_ID, sp.orElse(null), Kind.FIRST_PARTY, true));
        }
        for (JsonNode app : tenant.withArrayProperty("applications")) {
            if (app.path("appId").asText().equalsIgnoreCase(clientId)) {
                return Optional.of(new Client(app.get("appId").asText(), sp.orElse(null), Kind.REGISTERED,
                        app.path("isFallbackPublicClient").asBoolean(false)));
            }
        }
        return Optional.empty();
    }

    /**
     * The delegated permissions of a user's token, space-separated; empty when nobody consented.
     *
     * @param scope the scope the client asked for
     */
    static Optional<String> delegated(ObjectNode tenant, Client client, String resource, String scope) {
        return switch (client.kind()) {
            case SANDBOX -> Optional.of(Resources.delegatedScopes(resource));
            case FIRST_PARTY -> {
                List<String> named = new ArrayList<>();
                for (String one : scope.trim().split("\\s+")) {
                    if (one.toLowerCase(Locale.ROOT).startsWith(resource + "/") && !one.endsWith("/.default")) {
                        named.add(one.substring(resource.length() + 1));
                    } else if (!one.contains("/") && !OPENID.contains(one) && !one.isEmpty()) {
                        named.add(one);
                    }
                }
                yield named.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", named));
            }
            case REGISTERED -> {
                Set<String> granted = new LinkedHashSet<>();
                String resourceSp = resourceServicePrincipal(tenant, resource).orElse("");
                for (JsonNode grant : tenant.withArrayProperty("oauth2PermissionGrants")) {
                    if (grant.path("clientId").asText().equals(client.servicePrincipalId())
                            && grant.path("resourceId").asText().equals(resourceSp)
                            && grant.path("consentType").asText().equals("AllPrincipals")) {
                        granted.addAll(List.of(grant.path("scope").asText().trim().split("\\s+")));
                    }
                }
                granted.remove("");
                yield granted.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", granted));
            }
        };
    }

    /** The application permissions of the client's own token on a resource. */
    static List<String> roles(ObjectNode tenant, Client client, String resource) {
        if (client.kind() == Kind.SANDBOX) {
            return Resources.appRoles(resource);
        }
        Optional<String> resourceSp = resourceServicePrincipal(tenant, resource);
        List<String> roles = new ArrayList<>();
        for (JsonNode assignment : tenant.path("appRoleAssignments").path(String.valueOf(client.servicePrincipalId()))) {
            if (resourceSp.isPresent() && assignment.path("resourceId").asText().equals(resourceSp.get())) {
                for (JsonNode sp : tenant.withArrayProperty("servicePrincipals")) {
                    for (JsonNode role : sp.path("appRoles")) {
                        if (sp.path("id").asText().equals(resourceSp.get())
                                && role.path("id").asText().equals(assignment.path("appRoleId").asText())) {
                            roles.add(role.path("value").asText());
                        }
                    }
                }
            }
        }
        return roles;
    }

    private static Optional<String> resourceServicePrincipal(ObjectNode tenant, String resource) {
        return servicePrincipal(tenant, resource.equals(Resources.GRAPH) ? Seed.GRAPH_APP_ID : Seed.SHAREPOINT_APP_ID);
    }

    private static Optional<String> servicePrincipal(ObjectNode tenant, String appId) {
        for (JsonNode sp : tenant.withArrayProperty("servicePrincipals")) {
            if (sp.path("appId").asText().equalsIgnoreCase(appId)) {
                return Optional.of(sp.get("id").asText());
            }
        }
        return Optional.empty();
    }
}
