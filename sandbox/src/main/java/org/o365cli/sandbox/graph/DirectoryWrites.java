package org.o365cli.sandbox.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.o365cli.sandbox.SandboxRequest;
import org.o365cli.sandbox.SandboxResponse;
import org.o365cli.sandbox.directory.Users;
import org.o365cli.sandbox.state.StateFile;

/**
 * The directory writes {@code o365 setup} makes: app registrations, service principals, delegated
 * permission grants and app role assignments. Each needs the least-privileged permission its API
 * reference names, in the token's {@code scp} (a signed-in user, who must also hold an admin role:
 * in the sandbox only the administrator does) or {@code roles} (app-only); else Graph's 403
 * {@code Authorization_RequestDenied}.
 */
final class DirectoryWrites {

    private final ObjectMapper json;
    private final GraphAnswers answers;
    private final ApplicationWrites applications;
    private final ConsentWrites consents;

    DirectoryWrites(ObjectMapper json, Clock clock, StateFile state, GraphAnswers answers) {
        this.json = json;
        this.answers = answers;
        this.applications = new ApplicationWrites(json, clock, state, answers);
        this.consents = new ConsentWrites(json, clock, state, answers);
    }

    /** Whether this is one of the writes this class answers. */
    static boolean handles(String method, List<String> path) {
        String set = path.get(1);
        return switch (method) {
            case "POST" -> path.size() == 2 && List.of("applications", "servicePrincipals", "oauth2PermissionGrants").contains(set)
                    || path.size() == 4 && set.equals("servicePrincipals") && path.get(3).equals("appRoleAssignments");
            case "PATCH" -> path.size() == 3 && List.of("applications", "oauth2PermissionGrants").contains(set);
            default -> false;
        };
    }

    SandboxResponse handle(SandboxRequest request, String version, List<String> path, JWTClaimsSet caller) {
        String set = path.get(1);
        // The permission each API reference lists as least privileged (learn.microsoft.com/graph/api/…).
        String needed = switch (set) {
            case "oauth2PermissionGrants" -> "DelegatedPermissionGrant.ReadWrite.All";
            case "servicePrincipals" -> path.size() == 4 ? "AppRoleAssignment.ReadWrite.All" : "Application.ReadWrite.All";
            default -> "Application.ReadWrite.All";
        };
        if (!allowed(caller, needed)) {
            return answers.error(request, 403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
        }
        if (!request.header("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            return answers.error(request, 415, "BadRequest", "A supported MIME type could not be found that matches the content "
                    + "type of the response. None of the supported type(s) 'application/json' matches the content type.");
        }
        ObjectNode body;
        try {
            JsonNode read = json.readTree(request.body());
            if (read == null || !read.isObject()) {
                return answers.error(request, 400, "BadRequest", "Empty Payload. JSON content expected.");
            }
            body = (ObjectNode) read;
        } catch (IOException e) {
            return answers.error(request, 400, "BadRequest", "Unable to read JSON request payload. Please ensure Content-Type "
                    + "header is set and payload is of valid JSON format.");
        }
        return switch (set) {
            case "applications" -> path.size() == 2 ? applications.create(request, version, body)
                    : applications.update(request, path.get(2), body);
            case "servicePrincipals" -> path.size() == 2 ? applications.createServicePrincipal(request, version, body)
                    : consents.assign(request, version, path.get(2), body);
            default -> path.size() == 2 ? consents.grant(request, version, body) : consents.updateGrant(request, path.get(2), body);
        };
    }

    private static boolean allowed(JWTClaimsSet caller, String permission) {
        Object scp = caller.getClaim("scp");
        if (scp != null) {
            boolean admin = ("admin@" + Users.DOMAIN).equalsIgnoreCase(String.valueOf(caller.getClaim("upn")));
            return admin && Arrays.asList(scp.toString().split(" ")).contains(permission);
        }
        Object roles = caller.getClaim("roles");
        return roles instanceof List<?> list && list.contains(permission);
    }

    /** Graph's answer to a property the resource type does not have. */
    static SandboxResponse unknownProperty(GraphAnswers answers, SandboxRequest request, String property) {
        return answers.error(request, 400, "Request_BadRequest", "Property '" + property
                + "' does not exist as a declared property or extension property.");
    }

    /** Graph's answer to a required property that is missing or invalid. */
    static SandboxResponse invalid(GraphAnswers answers, SandboxRequest request, String property, String type) {
        return answers.error(request, 400, "Request_BadRequest", "Invalid value specified for property '" + property
                + "' of resource '" + type + "'.");
    }
}
