package org.o365cli.sandbox.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The seeded app registrations, their service principals, the delegated grants and the app roles
 * assigned to them, in the shapes of Graph's {@code application}, {@code servicePrincipal},
 * {@code oAuth2PermissionGrant} and {@code appRoleAssignment}.
 */
public final class Applications {

    static final String CRM_APP_ID = "9b1b1e42-794b-4c71-93ac-5ed92488b67f";
    /**
     * Microsoft Graph Command Line Tools, the first-party public client {@code o365 setup} signs in with. Like
     * any Microsoft app, it signs in to the tenant without being registered there.
     */
    public static final String GRAPH_CLI_APP_ID = "14d82eec-204b-4c2f-b7e8-296a70dab67e";
    private static final String MICROSOFT = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";
    private static final String USER_READ_ALL = ResourcePermissions.graphRole("User.Read.All");
    private static final String SITES_FULL_CONTROL = ResourcePermissions.sharePointRole("Sites.FullControl.All");

    private final ObjectMapper json;

    Applications(ObjectMapper json) {
        this.json = json;
    }

    void seed(ObjectNode state) {
        ArrayNode apps = state.putArray("applications");
        apps.add(application("o365 CLI sandbox", Seed.APP_ID));
        apps.add(application("Contoso CRM", CRM_APP_ID));
        ArrayNode sps = state.putArray("servicePrincipals");
        ObjectNode graph = sps.addObject();
        servicePrincipal(graph, "Microsoft Graph", Seed.GRAPH_APP_ID, MICROSOFT);
        ResourcePermissions.graph(graph);
        ObjectNode sharepoint = sps.addObject();
        servicePrincipal(sharepoint, "Office 365 SharePoint Online", Seed.SHAREPOINT_APP_ID, MICROSOFT);
        ResourcePermissions.sharePoint(sharepoint);
        ObjectNode sandbox = servicePrincipal(sps.addObject(), "o365 CLI sandbox", Seed.APP_ID, Seed.TENANT_ID);
        ObjectNode crm = servicePrincipal(sps.addObject(), "Contoso CRM", CRM_APP_ID, Seed.TENANT_ID);
        ArrayNode grants = state.putArray("oauth2PermissionGrants");
        grant(grants, sandbox, graph, "User.Read.All Group.ReadWrite.All Directory.Read.All");
        grant(grants, sandbox, sharepoint, "AllSites.FullControl");
        grant(grants, crm, graph, "User.Read");
        ObjectNode assignments = state.putObject("appRoleAssignments");
        assign(assignments, sandbox, graph, USER_READ_ALL);
        assign(assignments, sandbox, sharepoint, SITES_FULL_CONTROL);
        assign(assignments, crm, graph, USER_READ_ALL);
    }

    /**
     * Brings a tenant made before the directory was writable up to date: Graph and SharePoint publish their
     * permissions, the seeded apps allow public client flows.
     * What users made is kept.
     */
    void upgrade(ObjectNode state) {
        for (com.fasterxml.jackson.databind.JsonNode sp : state.withArrayProperty("servicePrincipals")) {
            String appId = sp.path("appId").asText();
            if (appId.equals(Seed.GRAPH_APP_ID) || appId.equals(Seed.SHAREPOINT_APP_ID)) {
                ((ObjectNode) sp).putArray("appRoles");
                ((ObjectNode) sp).putArray("oauth2PermissionScopes");
                if (appId.equals(Seed.GRAPH_APP_ID)) {
                    ResourcePermissions.graph((ObjectNode) sp);
                } else {
                    ResourcePermissions.sharePoint((ObjectNode) sp);
                }
            }
        }
        for (com.fasterxml.jackson.databind.JsonNode app : state.withArrayProperty("applications")) {
            if (app.path("appId").asText().equals(Seed.APP_ID) || app.path("appId").asText().equals(CRM_APP_ID)) {
                ((ObjectNode) app).put("isFallbackPublicClient", true);
            }
        }
    }

    /**
     * An app registration in the shape of Graph's application resource type, without credentials.
     *
     * @param json    the mapper
     * @param name    its display name
     * @param appId   its application (client) id
     * @param created when it was made, ISO 8601
     * @return the application
     */
    public static ObjectNode application(ObjectMapper json, String name, String appId, String created) {
        ObjectNode app = json.createObjectNode();
        app.put("id", Seed.guid("application:" + appId));
        app.putNull("deletedDateTime");
        app.put("appId", appId);
        app.putNull("applicationTemplateId");
        app.put("createdDateTime", created);
        app.put("displayName", name);
        app.putArray("identifierUris");
        app.putNull("isFallbackPublicClient");
        app.put("publisherDomain", Users.DOMAIN);
        app.put("signInAudience", "AzureADMyOrg");
        app.putArray("tags");
        app.putArray("keyCredentials");
        app.putArray("passwordCredentials");
        app.putObject("publicClient").putArray("redirectUris");
        app.putArray("requiredResourceAccess");
        return app;
    }

    private ObjectNode application(String name, String appId) {
        ObjectNode app = application(json, name, appId, Seed.CREATED);
        app.withArrayProperty("identifierUris").add("api://" + appId);
        app.put("isFallbackPublicClient", true);
        ObjectNode secret = app.withArrayProperty("passwordCredentials").addObject();
        secret.putNull("customKeyIdentifier");
        secret.put("displayName", "sandbox secret");
        secret.put("endDateTime", "2028-01-05T09:00:00Z");
        secret.put("hint", "Sbx");
        secret.put("keyId", Seed.guid("secret:" + appId));
        secret.putNull("secretText");
        secret.put("startDateTime", Seed.CREATED);
        return app;
    }

    /**
     * Fills a service principal in the shape of Graph's servicePrincipal resource type.
     *
     * @param sp    the object to fill
     * @param name  its display name
     * @param appId its application's id
     * @param owner the tenant id of the application's owner
     * @return sp
     */
    public static ObjectNode servicePrincipal(ObjectNode sp, String name, String appId, String owner) {
        sp.put("id", Seed.guid("servicePrincipal:" + appId));
        sp.putNull("deletedDateTime");
        sp.put("accountEnabled", true);
        sp.put("appDisplayName", name);
        sp.put("appId", appId);
        sp.put("appOwnerOrganizationId", owner);
        sp.put("appRoleAssignmentRequired", false);
        sp.put("displayName", name);
        sp.putNull("homepage");
        sp.putNull("logoutUrl");
        sp.put("publisherName", owner.equals(Seed.TENANT_ID) ? "Contoso" : "Microsoft Services");
        sp.putArray("replyUrls");
        sp.putArray("addIns");
        ObjectNode info = sp.putObject("info");
        for (String url : new String[] {"termsOfServiceUrl", "supportUrl", "privacyStatementUrl", "marketingUrl", "logoUrl"}) {
            info.putNull(url);
        }
        sp.putArray("keyCredentials");
        sp.putArray("passwordCredentials");
        sp.putArray("appRoles");
        sp.putArray("oauth2PermissionScopes");
        sp.putArray("servicePrincipalNames").add(appId);
        sp.put("servicePrincipalType", "Application");
        sp.put("signInAudience", owner.equals(Seed.TENANT_ID) ? "AzureADMyOrg" : "AzureADMultipleOrgs");
        sp.putArray("tags");
        return sp;
    }

    private static void grant(ArrayNode grants, ObjectNode client, ObjectNode resource, String scope) {
        ObjectNode grant = grants.addObject();
        // Graph's grant and assignment ids are base64url strings, not GUIDs.
        String id = Seed.opaqueId("grant:" + client.get("appId").asText() + resource.get("appId").asText());
        grant.put("@odata.id", "https://graph.microsoft.com/v2/" + Seed.TENANT_ID + "/oauth2PermissionGrants/" + id);
        grant.put("clientId", client.get("id").asText());
        grant.put("consentType", "AllPrincipals");
        grant.put("id", id);
        grant.putNull("principalId");
        grant.put("resourceId", resource.get("id").asText());
        grant.put("scope", scope);
    }

    private static void assign(ObjectNode assignments, ObjectNode principal, ObjectNode resource, String roleId) {
        ObjectNode assignment = assignments.withArrayProperty(principal.get("id").asText()).addObject();
        assignment.put("id", Seed.opaqueId("assignment:" + principal.get("appId").asText() + roleId));
        assignment.putNull("deletedDateTime");
        assignment.put("appRoleId", roleId);
        assignment.put("createdDateTime", Seed.CREATED);
        assignment.put("principalDisplayName", principal.get("displayName").asText());
        assignment.put("principalId", principal.get("id").asText());
        assignment.put("principalType", "ServicePrincipal");
        assignment.put("resourceDisplayName", resource.get("displayName").asText());
        assignment.put("resourceId", resource.get("id").asText());
    }
}
