package org.o365cli.host.auth.identity;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.UserAssignedIdentity;
import org.o365cli.host.http.NoProxy;

/**
 * The token request of the managed identity endpoint the environment names, in the order Microsoft's
 * libraries look for them: Service Fabric (refused), App Service and Functions ({@code IDENTITY_ENDPOINT}
 * + {@code IDENTITY_HEADER}, 2019-08-01), Azure Arc ({@code IDENTITY_ENDPOINT} + {@code IMDS_ENDPOINT},
 * 2019-11-01, answered by a challenge: {@link ArcChallenge}), the older App Service form
 * ({@code MSI_ENDPOINT} + {@code MSI_SECRET}, 2017-09-01), Cloud Shell ({@code MSI_ENDPOINT} alone: a
 * form POST), else the VM's instance metadata service (IMDS, 2018-02-01). Each names a user-assigned
 * identity its own way, or cannot take one: then nothing is sent.
 */
final class IdentityEndpoint {

    private static final String ARC = "Azure Arc (IDENTITY_ENDPOINT and IMDS_ENDPOINT are set)";

    private IdentityEndpoint() {
    }

    static HTTPRequest request(Map<String, String> env, URI imds, Resource resource, UserAssignedIdentity identity) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        HTTPRequest request;
        if (present(env, "IDENTITY_ENDPOINT") && present(env, "IDENTITY_SERVER_THUMBPRINT")) {
            throw new O365Exception("Managed identity on Azure Service Fabric (IDENTITY_SERVER_THUMBPRINT is set) is not supported"
                    + " by o365; connect with --authType certificate or secret and an app registration instead");
        } else if (present(env, "IDENTITY_ENDPOINT") && present(env, "IDENTITY_HEADER")) {
            request = new HTTPRequest(HTTPRequest.Method.GET, URI.create(env.get("IDENTITY_ENDPOINT")));
            request.setHeader("X-IDENTITY-HEADER", env.get("IDENTITY_HEADER"));
            query.put("api-version", List.of("2019-08-01"));
            addIdentity(query, identity, "client_id", "principal_id", "mi_res_id");
        } else if (isArc(env)) {
            systemAssignedOnly(ARC + " has only the machine's system-assigned identity", identity);
            request = new HTTPRequest(HTTPRequest.Method.GET, arcEndpoint(env.get("IDENTITY_ENDPOINT")));
            request.setHeader("Metadata", "true");
            query.put("api-version", List.of("2019-11-01"));
        } else if (present(env, "MSI_ENDPOINT") && present(env, "MSI_SECRET")) {
            request = new HTTPRequest(HTTPRequest.Method.GET, URI.create(env.get("MSI_ENDPOINT")));
            request.setHeader("secret", env.get("MSI_SECRET"));
            query.put("api-version", List.of("2017-09-01"));
            // The 2017-09-01 API names the user-assigned identity "clientid" and knows no other id.
            if (identity != null && identity.kind() != UserAssignedIdentity.Kind.CLIENT_ID) {
                throw new O365Exception("The older App Service identity endpoint (MSI_ENDPOINT and MSI_SECRET) takes only a client id,"
                        + " not " + identity.describe() + "; connect with --userName set to the identity's client id");
            }
            addIdentity(query, identity, "clientid", null, null);
        } else if (present(env, "MSI_ENDPOINT")) {
            return cloudShell(URI.create(env.get("MSI_ENDPOINT")), resource, identity);
        } else {
            request = new HTTPRequest(HTTPRequest.Method.GET, imds);
            request.setHeader("Metadata", "true");
            query.put("api-version", List.of("2018-02-01"));
            addIdentity(query, identity, "client_id", "object_id", "msi_res_id");
        }
        query.put("resource", List.of(resource.uri()));
        request.appendQueryParameters(query);
        return request;
    }

    /** Azure Arc: both variables set, and no App Service header (which wins, as in Microsoft's libraries). */
    static boolean isArc(Map<String, String> env) {
        return present(env, "IDENTITY_ENDPOINT") && present(env, "IMDS_ENDPOINT") && !present(env, "IDENTITY_HEADER")
                && !present(env, "IDENTITY_SERVER_THUMBPRINT");
    }

    /** The Arc agent listens on this machine (localhost:40342); its key is never sent anywhere else. */
    private static URI arcEndpoint(String value) {
        URI endpoint = URI.create(value);
        if (endpoint.getHost() == null || !NoProxy.isLoopback(endpoint.getHost())) {
            throw new O365Exception("Azure Arc's identity endpoint IDENTITY_ENDPOINT=" + value + " is not on this machine, and o365"
                    + " sends the Arc agent's key to no other: set it to the agent's http://localhost:40342/metadata/identity/oauth2/token");
        }
        return endpoint;
    }

    /** Cloud Shell signs in as its user: a form POST of the resource alone, with no api-version nor identity to pick. */
    private static HTTPRequest cloudShell(URI endpoint, Resource resource, UserAssignedIdentity identity) {
        systemAssignedOnly("Azure Cloud Shell (MSI_ENDPOINT without MSI_SECRET) has no user-assigned managed identities", identity);
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, endpoint);
        request.setHeader("Metadata", "true");
        request.setHeader("Content-Type", "application/x-www-form-urlencoded");
        request.setBody("resource=" + URLEncoder.encode(resource.uri(), StandardCharsets.UTF_8));
        return request;
    }

    private static void systemAssignedOnly(String where, UserAssignedIdentity identity) {
        if (identity != null) {
            throw new O365Exception(where + ", so " + identity.id() + " cannot be used there; connect with --authType identity"
                    + " and no --userName or --objectId");
        }
    }

    private static void addIdentity(Map<String, List<String>> query, UserAssignedIdentity identity, String clientIdName,
                                    String objectIdName, String resourceIdName) {
        if (identity != null) {
            String name = switch (identity.kind()) {
                case CLIENT_ID -> clientIdName;
                case OBJECT_ID -> objectIdName;
                case RESOURCE_ID -> resourceIdName;
            };
            query.put(name, List.of(identity.id()));
        }
    }

    private static boolean present(Map<String, String> env, String name) {
        return env.get(name) != null && !env.get(name).isBlank();
    }
}
