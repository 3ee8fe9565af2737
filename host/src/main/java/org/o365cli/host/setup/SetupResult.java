package org.o365cli.host.setup;

import java.util.List;

/**
 * What {@code o365 setup} did, or would do with {@code --dryRun}.
 *
 * @param appId           the app registration's application (client) id, null when a dry run would create it
 * @param displayName     its name
 * @param tenantId        the tenant
 * @param cloud           the cloud
 * @param certificateFile the certificate for {@code --authType certificate}, or null
 * @param dryRun          whether nothing was changed on purpose
 * @param changes         what was changed (or would be), in order; empty when everything was already as wanted
 */
public record SetupResult(String appId, String displayName, String tenantId, String cloud, String certificateFile,
                          boolean dryRun, List<String> changes) {

    /** Copies the list. */
    public SetupResult {
        changes = List.copyOf(changes);
    }
}
