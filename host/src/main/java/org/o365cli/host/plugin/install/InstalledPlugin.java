package org.o365cli.host.plugin.install;

import java.util.List;

/**
 * One plugin {@code o365 plugins install} put in {@code $O365_HOME/plugins}, as
 * {@code installed.json} records it.
 *
 * @param id          the plugin id
 * @param version     the plugin version
 * @param source      what the user installed it from: a path, an https URL or Maven coordinates
 * @param sha256      the archive's SHA-256, lowercase hex; every load checks the file against it
 * @param installedAt when it was installed, ISO-8601 UTC
 * @param file        the archive's file name in {@code $O365_HOME/plugins}
 * @param services    the services it provides, claimed for it alone from install on
 */
public record InstalledPlugin(String id, String version, String source, String sha256, String installedAt,
                              String file, List<String> services) {

    /** Copies the list. */
    public InstalledPlugin {
        services = services == null ? List.of() : List.copyOf(services);
    }
}
