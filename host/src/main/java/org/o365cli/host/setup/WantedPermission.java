package org.o365cli.host.setup;

/**
 * One permission the app registration should have, by name, before its id is looked up on the
 * resource's service principal.
 *
 * @param resourceAppId the resource's application id, e.g. Microsoft Graph's {@code 00000003-0000-0000-c000-000000000000}
 * @param value         the permission's name, e.g. {@code User.Read.All}
 * @param application   true for an application permission (app role), false for a delegated one (scope)
 */
record WantedPermission(String resourceAppId, String value, boolean application) {
}
