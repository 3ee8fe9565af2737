package org.o365cli.host.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.Http;
import org.o365cli.auth.O365Exception;

/**
 * The Microsoft Graph v1.0 calls of {@code o365 setup}, each as its API reference
 * (learn.microsoft.com/graph/api/…) writes it: list applications and service principals with
 * {@code $filter}, create and update an application, create a service principal, list, create and
 * update delegated permission grants, list and create a service principal's app role assignments.
 */
final class DirectoryClient {

    private static final String APP_FIELDS = "id,appId,displayName,isFallbackPublicClient,publicClient,requiredResourceAccess";

    private final Http http;
    private final ObjectMapper json;
    private final String root;

    /**
     * @param http  Graph, with the administrator's token
     * @param json  the mapper
     * @param graph Graph's origin in the cloud, e.g. {@code https://graph.microsoft.com}
     */
    DirectoryClient(Http http, ObjectMapper json, String graph) {
        this.http = http;
        this.json = json;
        this.root = graph + "/v1.0";
    }

    /** application-list: the app registration of that display name, if one. */
    Optional<JsonNode> application(String displayName) {
        List<JsonNode> found = http.pages(ApiRequest.get(root + "/applications?$filter=" + filter("displayName", displayName)
                + "&$select=" + APP_FIELDS)).limit(2).toList();
        if (found.size() > 1) {
            throw new O365Exception("Several app registrations are named '" + displayName + "': give --name a name no other "
                    + "app registration has, or rename the others in the Entra admin center");
        }
        return found.stream().findFirst();
    }

    /** application-get with {@code $select=keyCredentials}: the only read that returns the certificates' {@code key}. */
    JsonNode keyCredentials(String objectId) {
        return http.json(ApiRequest.get(root + "/applications/" + objectId + "?$select=keyCredentials")).path("keyCredentials");
    }

    /** serviceprincipal-list: the service principal of an application id, if the tenant has one. */
    Optional<JsonNode> servicePrincipal(String appId) {
        return http.pages(ApiRequest.get(root + "/servicePrincipals?$filter=" + filter("appId", appId)
                + "&$select=id,appId,displayName,appRoles,oauth2PermissionScopes")).findFirst();
    }

    /** application-post-applications. */
    JsonNode createApplication(ObjectNode body) {
        return http.json(ApiRequest.post(root + "/applications").withBody("application/json", body.toString()));
    }

    /** application-update: 204, no body. */
    void updateApplication(String objectId, ObjectNode changes) {
        http.send(ApiRequest.post(root + "/applications/" + objectId).withMethod("PATCH")
                .withBody("application/json", changes.toString()));
    }

    /** serviceprincipal-post-serviceprincipals. */
    JsonNode createServicePrincipal(String appId) {
        ObjectNode body = json.createObjectNode().put("appId", appId);
        return http.json(ApiRequest.post(root + "/servicePrincipals").withBody("application/json", body.toString()));
    }

    /** oauth2permissiongrant-list: the delegated grants of a client service principal. */
    List<JsonNode> grants(String clientId) {
        return http.pages(ApiRequest.get(root + "/oauth2PermissionGrants?$filter=" + filter("clientId", clientId))).toList();
    }

    /** oauth2permissiongrant-post: admin consent for every user. */
    void createGrant(String clientId, String resourceId, String scope) {
        ObjectNode body = json.createObjectNode().put("clientId", clientId).put("consentType", "AllPrincipals")
                .put("resourceId", resourceId).put("scope", scope);
        http.json(ApiRequest.post(root + "/oauth2PermissionGrants").withBody("application/json", body.toString()));
    }

    /** oauth2permissiongrant-update: 204, no body. */
    void updateGrant(String grantId, String scope) {
        http.send(ApiRequest.post(root + "/oauth2PermissionGrants/" + grantId).withMethod("PATCH")
                .withBody("application/json", json.createObjectNode().put("scope", scope).toString()));
    }

    /** serviceprincipal-list-approleassignments: the app roles granted to a service principal. */
    List<JsonNode> assignments(String servicePrincipalId) {
        return http.pages(ApiRequest.get(root + "/servicePrincipals/" + servicePrincipalId + "/appRoleAssignments")).toList();
    }

    /** serviceprincipal-post-approleassignments: grants an application permission. */
    void assign(String servicePrincipalId, String resourceId, String appRoleId) {
        ObjectNode body = json.createObjectNode().put("principalId", servicePrincipalId).put("resourceId", resourceId)
                .put("appRoleId", appRoleId);
        http.json(ApiRequest.post(root + "/servicePrincipals/" + servicePrincipalId + "/appRoleAssignments")
                .withBody("application/json", body.toString()));
    }

    // OData string literals double their quotes; the whole option is percent-encoded, spaces as %20.
    private static String filter(String property, String value) {
        return URLEncoder.encode(property + " eq '" + value.replace("'", "''") + "'", StandardCharsets.UTF_8).replace("+", "%20");
    }
}
