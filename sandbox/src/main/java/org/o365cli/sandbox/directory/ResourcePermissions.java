package org.o365cli.sandbox.directory;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The permissions Microsoft Graph and SharePoint Online publish on their service principals, as
 * {@code oauth2PermissionScopes} (delegated, resource type permissionScope) and {@code appRoles}
 * (application, resource type appRole). Names and ids are Microsoft's, from the Microsoft Graph
 * permissions reference (learn.microsoft.com/graph/permissions-reference); a tenant's copy of a
 * first-party service principal carries the same ids, which is what lets {@code o365 setup} resolve a
 * permission name to its id with {@code GET /servicePrincipals?$filter=appId eq '…'}.
 */
final class ResourcePermissions {

    private ResourcePermissions() {
    }

    /** Graph's delegated permissions: value, id, and who may consent ({@code User} or {@code Admin}). */
    private static final String[][] GRAPH_SCOPES = {
        {"User.Read", "e1fe6dd8-ba31-4d61-89e7-88639da4683d", "User"},
        {"User.Read.All", "a154be20-db9c-4678-8ab7-66f6cc099a59", "Admin"},
        {"User.ReadWrite.All", "204e0828-b5ca-4ad8-b9f3-f32a958e7cc4", "Admin"},
        {"Group.Read.All", "5f8c59db-677d-491f-a6b8-5f174b11ec1d", "Admin"},
        {"Group.ReadWrite.All", "4e46008b-f24c-477d-8fff-7bb4ec7aafe0", "Admin"},
        {"GroupMember.Read.All", "bc024368-1153-4739-b217-4326f2e966d0", "Admin"},
        {"Directory.Read.All", "06da0dbc-49e2-44d2-8312-53f166ab848a", "Admin"},
        {"Directory.ReadWrite.All", "c5366453-9fb0-48a5-a156-24f0c49a4b84", "Admin"},
        {"Application.Read.All", "c79f8feb-a9db-4090-85f9-90d820caa0eb", "Admin"},
        {"Application.ReadWrite.All", "bdfbf15f-ee85-4955-8675-146e8e5296b5", "Admin"},
        {"DelegatedPermissionGrant.ReadWrite.All", "41ce6ca6-6826-4807-84f1-1c82854f7ee5", "Admin"},
        {"AppRoleAssignment.ReadWrite.All", "84bccea3-f856-4a8a-967b-dbe0a3d53a64", "Admin"},
        {"Sites.Read.All", "205e70e5-aba6-4c52-a976-6d2d46c48043", "User"},
        {"Sites.FullControl.All", "5a54b8b3-347c-476d-8f8e-42d5c7424d29", "Admin"},
        {"offline_access", "7427e0e9-2fba-42fe-b0c0-848c9e6a8182", "User"},
        {"openid", "37f7f235-527c-4136-accd-4a02d197296e", "User"},
        {"profile", "14dad69e-099b-42c9-810b-d002981feec1", "User"},
        {"email", "64a6cdd6-aab1-4aaf-94b8-3cc8405e90d0", "User"},
    };

    /** Graph's application permissions: value and id. */
    private static final String[][] GRAPH_ROLES = {
        {"User.Read.All", "df021288-bdef-4463-88db-98f22de89214"},
        {"User.ReadWrite.All", "741f803b-c850-494e-b5df-cde7c675a1ca"},
        {"Group.Read.All", "5b567255-7703-4780-807c-7be8301ae99b"},
        {"Group.ReadWrite.All", "62a82d76-70ea-41e2-9197-370581804d09"},
        {"Group.Create", "bf7b1a76-6e77-406b-b258-bf5c7720e98f"},
        {"GroupMember.Read.All", "98830695-27a2-44f7-8c18-0c3ebc9698f6"},
        {"Directory.Read.All", "7ab1d382-f21e-4acd-a863-ba3e13f7da61"},
        {"Directory.ReadWrite.All", "19dbc75e-c2e2-444c-a770-ec69d8559fc7"},
        {"Application.Read.All", "9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30"},
        {"Application.ReadWrite.All", "1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9"},
        {"DelegatedPermissionGrant.ReadWrite.All", "8e8e4742-1d95-4f68-9d56-6ee75648c72a"},
        {"AppRoleAssignment.ReadWrite.All", "06b708a9-e830-4db3-a914-8e69da51d44f"},
        {"Sites.Read.All", "332a536c-c7ef-4017-ab91-336970924f0d"},
        {"Sites.FullControl.All", "a82116e5-55eb-4c41-a434-62fe8a61c773"},
    };

    /** SharePoint Online's delegated permissions. */
    private static final String[][] SHAREPOINT_SCOPES = {
        {"AllSites.Read", "4e0d77b0-96ba-4398-af14-3baa780278f4", "User"},
        {"AllSites.Manage", "b3f70a70-8a4b-4f95-9573-d71c496a53f4", "User"},
        {"AllSites.FullControl", "56680e0d-d2a3-4ae1-80d8-3c4f2100e3d0", "User"},
        {"User.ReadWrite.All", "82866913-39a9-4be7-8091-f4fa781088ae", "Admin"},
        {"Sites.FullControl.All", Seed.guid("sharepoint-scope:Sites.FullControl.All"), "Admin"},
    };

    /** SharePoint Online's application permissions. */
    private static final String[][] SHAREPOINT_ROLES = {
        {"Sites.Read.All", "d13f72ca-a275-4b96-b789-48ebcc4da984"},
        {"Sites.ReadWrite.All", "fbcd29d2-fcca-4405-aded-518d457caae4"},
        {"Sites.FullControl.All", "678536fe-1083-478a-9c59-b99265e6b0d3"},
    };

    static void graph(ObjectNode sp) {
        publish(sp, GRAPH_SCOPES, GRAPH_ROLES);
    }

    static void sharePoint(ObjectNode sp) {
        publish(sp, SHAREPOINT_SCOPES, SHAREPOINT_ROLES);
    }

    /** The id of one of Graph's application permissions. */
    static String graphRole(String value) {
        return find(GRAPH_ROLES, value);
    }

    /** The id of one of SharePoint's application permissions. */
    static String sharePointRole(String value) {
        return find(SHAREPOINT_ROLES, value);
    }

    private static String find(String[][] table, String value) {
        for (String[] row : table) {
            if (row[0].equals(value)) {
                return row[1];
            }
        }
        throw new IllegalArgumentException(value);
    }

    private static void publish(ObjectNode sp, String[][] scopes, String[][] roles) {
        for (String[] row : scopes) {
            ObjectNode scope = sp.withArrayProperty("oauth2PermissionScopes").addObject();
            scope.put("adminConsentDescription", "Allows the app to use " + row[0] + " on behalf of the signed-in user.");
            scope.put("adminConsentDisplayName", row[0]);
            scope.put("id", row[1]);
            scope.put("isEnabled", true);
            scope.put("type", row[2]);
            scope.put("userConsentDescription", "Allows the app to use " + row[0] + " on your behalf.");
            scope.put("userConsentDisplayName", row[0]);
            scope.put("value", row[0]);
        }
        for (String[] row : roles) {
            ObjectNode role = sp.withArrayProperty("appRoles").addObject();
            role.putArray("allowedMemberTypes").add("Application");
            role.put("description", "Allows the app to use " + row[0] + " without a signed-in user.");
            role.put("displayName", row[0]);
            role.put("id", row[1]);
            role.put("isEnabled", true);
            role.put("origin", "Application");
            role.put("value", row[0]);
        }
    }
}
