package org.o365cli.host.plugin;

import java.util.List;

/**
 * One line of {@code o365 plugins list}: what a plugin is, whether it runs, and if not, why.
 *
 * @param id          the plugin id, or the file name when the descriptor could not be read
 * @param version     the plugin version, or empty when unknown
 * @param source      where it came from: what {@code plugins install} was given, {@code distribution},
 *                    {@code copied} (put in the user's plugins folder by hand) or {@code classpath}
 * @param sha256      the SHA-256 recorded at install, checked at every load; empty when not installed
 * @param state       {@code started}, {@code failed}, {@code disabled}, …
 * @param services    the services it provides or joins
 * @param resources   the resources those services declare
 * @param path        where the plugin lies
 * @param error       one line saying why it does not run, or null
 * @param provider    the plugin's provider, or empty
 * @param requires    the host versions it accepts, e.g. {@code >=0.1.0}
 * @param description the plugin's description, or empty
 */
public record PluginReport(String id, String version, String source, String sha256, String state, List<String> services,
                           List<String> resources, String path, String error,
                           String provider, String requires, String description) {

    /** Copies the lists. */
    public PluginReport {
        services = List.copyOf(services);
        resources = List.copyOf(resources);
    }
}
