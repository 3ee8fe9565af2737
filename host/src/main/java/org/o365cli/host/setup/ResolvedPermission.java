package org.o365cli.host.setup;

/**
 * A wanted permission with its id, read from its resource's service principal.
 *
 * @param resourceAppId the resource's application id
 * @param resourceId    the resource's service principal object id in the tenant
 * @param resourceName  the resource's display name, for the plan
 * @param value         the permission's name as the resource spells it
 * @param id            its scope or app role id
 * @param application   true for an app role ({@code Role}), false for a scope ({@code Scope})
 */
record ResolvedPermission(String resourceAppId, String resourceId, String resourceName, String value, String id,
                          boolean application) {

    /** The {@code type} of its entry in {@code requiredResourceAccess}. */
    String type() {
        return application ? "Role" : "Scope";
    }
}
