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

/**
 * The token request of the managed identity endpoint the environment names, in the order Microsoft's
 * libraries look for them: Service Fabric and Azure Arc (refused), App Service and Functions
 * ({@code IDENTITY_ENDPOINT} + {@code IDENTITY_HEADER}, 2019-08-01), their older form ({@code MSI_ENDPOINT}
 * + {@code MSI_SECRET}, 2017-09-01), Cloud Shell ({@code MSI_ENDPOINT} alone: a form POST), else the VM's
 * instance metadata service (IMDS, 2018-02-01).
 */
final class IdentityEndpoint {

    private IdentityEndpoint() {
    }

    static HTTPRequest request(Map<String, String> env, URI imds, Resource resource, String clientId) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        HTTPRequest request;
        if (present(env, "IDENTITY_ENDPOINT") && present(env, "IDENTITY_SERVER_THUMBPRINT")) {
            throw unsupported("Azure Service Fabric (IDENTITY_SERVER_THUMBPRINT is set)");
        } else if (present(env, "IDENTITY_ENDPOINT") && present(env, "IDENTITY_HEADER")) {
            request = new HTTPRequest(HTTPRequest.Method.GET, URI.create(env.get("IDENTITY_ENDPOINT")));
            request.setHeader("X-IDENTITY-HEADER", env.get("IDENTITY_HEADER"));
            query.put("api-version", List.of("2019-08-01"));
            addIdentity(query, "client_id", "mi_res_id", clientId);
        } else if (present(env, "IDENTITY_ENDPOINT") && present(env, "IMDS_ENDPOINT")) {
            throw unsupported("Azure Arc (IDENTITY_ENDPOINT and IMDS_ENDPOINT are set)");
        } else if (present(env, "MSI_ENDPOINT") && present(env, "MSI_SECRET")) {
            request = new HTTPRequest(HTTPRequest.Method.GET, URI.create(env.get("MSI_ENDPOINT")));
            request.setHeader("secret", env.get("MSI_SECRET"));
            query.put("api-version", List.of("2017-09-01"));
            // The 2017-09-01 API names the user-assigned identity "clientid" and knows no resource ids.
            if (isResourceId(clientId)) {
                throw new O365Exception("The older App Service identity endpoint (MSI_ENDPOINT and MSI_SECRET) takes only a client id,"
                        + " not the resource id " + clientId + "; connect with --userName set to the identity's client id");
            }
            addIdentity(query, "clientid", null, clientId);
        } else if (present(env, "MSI_ENDPOINT")) {
            return cloudShell(URI.create(env.get("MSI_ENDPOINT")), resource, clientId);
        } else {
            request = new HTTPRequest(HTTPRequest.Method.GET, imds);
            request.setHeader("Metadata", "true");
            query.put("api-version", List.of("2018-02-01"));
            addIdentity(query, "client_id", "msi_res_id", clientId);
        }
        query.put("resource", List.of(resource.uri()));
        request.appendQueryParameters(query);
        return request;
    }

    /** Cloud Shell signs in as its user: a form POST of the resource alone, with no api-version nor identity to pick. */
    private static HTTPRequest cloudShell(URI endpoint, Resource resource, String clientId) {
        if (clientId != null && !clientId.isBlank()) {
            throw new O365Exception("Azure Cloud Shell (MSI_ENDPOINT without MSI_SECRET) has no user-assigned managed identities,"
                    + " so " + clientId + " cannot be used there; connect with --authType identity and no --userName");
        }
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, endpoint);
        request.setHeader("Metadata", "true");
        request.setHeader("Content-Type", "application/x-www-form-urlencoded");
        request.setBody("resource=" + URLEncoder.encode(resource.uri(), StandardCharsets.UTF_8));
        return request;
    }

    private static O365Exception unsupported(String where) {
        return new O365Exception("Managed identity on " + where + " is not supported by o365; connect with --authType certificate"
                + " or secret and an app registration instead");
    }

    /** A user-assigned identity is named by its client id, or by its Azure resource id ({@code /subscriptions/...}). */
    private static void addIdentity(Map<String, List<String>> query, String clientIdName, String resourceIdName, String identity) {
        if (identity != null && !identity.isBlank()) {
            query.put(isResourceId(identity) ? resourceIdName : clientIdName, List.of(identity));
        }
    }

    static boolean isResourceId(String identity) {
        return identity != null && identity.regionMatches(true, 0, "/subscriptions/", 0, "/subscriptions/".length());
    }

    private static boolean present(Map<String, String> env, String name) {
        return env.get(name) != null && !env.get(name).isBlank();
    }
}
