package org.o365cli.sandbox.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The seeded app registrations, their service principals, the delegated grants and the app roles
 * assigned to them, in the shapes of Graph's {@code application}, {@code servicePrincipal},
 * {@code oAuth2PermissionGrant} and {@code appRoleAssignment}.
 */
final class Applications {

    static final String CRM_APP_ID = "9b1b1e42-794b-4c71-93ac-5ed92488b67f";
    private static final String USER_READ_ALL = "df021288-bdef-4463-88db-98f22de89214";
    private static final String SITES_FULL_CONTROL = "678536fe-1083-478a-9c59-b99265e6b0d3";

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
        servicePrincipal(graph, "Microsoft Graph", Seed.GRAPH_APP_ID, "f8cdef31-a31e-4b4a-93e4-5f571e91255a");
        role(graph, "User.Read.All", USER_READ_ALL);
        ObjectNode sharepoint = sps.addObject();
        servicePrincipal(sharepoint, "Office 365 SharePoint Online", Seed.SHAREPOINT_APP_ID,
                "f8cdef31-a31e-4b4a-93e4-5f571e91255a");
        role(sharepoint, "Sites.FullControl.All", SITES_FULL_CONTROL);
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

    private ObjectNode application(String name, String appId) {
        ObjectNode app = json.createObjectNode();
        app.put("id", Seed.guid("application:" + appId));
        app.putNull("deletedDateTime");
        app.put("appId", appId);
        app.putNull("applicationTemplateId");
        app.put("createdDateTime", Seed.CREATED);
        app.put("displayName", name);
        app.putArray("identifierUris").add("api://" + appId);
        app.put("publisherDomain", Users.DOMAIN);
        app.put("signInAudience", "AzureADMyOrg");
        app.putArray("tags");
        app.putArray("keyCredentials");
        ObjectNode secret = app.putArray("passwordCredentials").addObject();
        secret.putNull("customKeyIdentifier");
        secret.put("displayName", "sandbox secret");
        secret.put("endDateTime", "2028-01-05T09:00:00Z");
        secret.put("hint", "Sbx");
        secret.put("keyId", Seed.guid("secret:" + appId));
        secret.putNull("secretText");
        secret.put("startDateTime", Seed.CREATED);
        app.putObject("publicClient").putArray("redirectUris");
        app.putArray("requiredResourceAccess");
        return app;
    }

    private static ObjectNode servicePrincipal(ObjectNode sp, String name, String appId, String owner) {
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

    private static void role(ObjectNode sp, String value, String id) {
        ObjectNode role = sp.withArrayProperty("appRoles").addObject();
        role.putArray("allowedMemberTypes").add("Application");
        role.put("description", value);
        role.put("displayName", value);
        role.put("id", id);
        role.put("isEnabled", true);
        role.putNull("origin");
        role.put("value", value);
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
