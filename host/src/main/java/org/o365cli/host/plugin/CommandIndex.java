package org.o365cli.host.plugin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plugins of one installation and plugin set, read once: every plugin's health, the
 * services and who owns them, and where each plugin lies. Runs that match its fingerprint use it
 * instead of loading every plugin, and load only the plugins that own the service invoked.
 *
 * @param fingerprint   the {@link InstallFingerprint} it was made for
 * @param reports       every plugin, working or not, as {@code plugins list} shows it
 * @param services      the working services
 * @param contributions the working contributions: plugin id to the service it joins
 * @param plugins       every loaded plugin's location and the plugin ids it depends on
 * @param permissions   what each command of the working plugins declares, for its help
 * @param classPath     the host's class path the extensions below were found on ({@link HostClassPath}), empty
 *                      when it did not lie wholly in the installation's {@code lib/}
 * @param classPathExtensions the classes of the extensions found on it, in the order they were found
 */
public record CommandIndex(String fingerprint, List<PluginReport> reports, List<ServiceSummary> services,
                           List<Contribution> contributions, Map<String, Location> plugins,
                           List<CommandPermissions> permissions, String classPath, List<String> classPathExtensions) {

    /** Copies the collections. */
    public CommandIndex {
        reports = List.copyOf(reports);
        services = List.copyOf(services);
        contributions = List.copyOf(contributions);
        plugins = Map.copyOf(plugins);
        permissions = List.copyOf(permissions);
        classPathExtensions = List.copyOf(classPathExtensions);
    }

    /** An index that knows no class path, so every run looks its extensions up. */
    public CommandIndex(String fingerprint, List<PluginReport> reports, List<ServiceSummary> services,
                        List<Contribution> contributions, Map<String, Location> plugins, List<CommandPermissions> permissions) {
        this(fingerprint, reports, services, contributions, plugins, permissions, "", List.of());
    }

    /**
     * A plugin that adds commands under a service.
     *
     * @param pluginId the contributing plugin
     * @param service  the service joined
     */
    public record Contribution(String pluginId, String service) {
    }

    /**
     * Where a plugin lies and what it needs.
     *
     * @param path         its archive or folder
     * @param dependencies the ids of the plugins it depends on
     */
    public record Location(String path, List<String> dependencies) {

        /** Copies the list. */
        public Location {
            dependencies = List.copyOf(dependencies);
        }
    }

    /**
     * @param name a name
     * @return whether a service of this name is indexed
     */
    public boolean hasService(String name) {
        return services.stream().anyMatch(service -> service.name().equals(name));
    }

    /**
     * The plugins to load for a run of this service: its owner, its contributors and what they
     * depend on, in index order; none for a host command or an unknown name.
     *
     * @param service the first word of the command line, or null
     * @return plugin ids
     */
    public Set<String> pluginsFor(String service) {
        Set<String> wanted = new LinkedHashSet<>();
        services.stream().filter(s -> s.name().equals(service)).forEach(s -> wanted.add(s.pluginId()));
        if (wanted.isEmpty()) {
            return wanted;
        }
        contributions.stream().filter(c -> c.service().equals(service)).forEach(c -> wanted.add(c.pluginId()));
        List<String> pending = new ArrayList<>(wanted);
        while (!pending.isEmpty()) {
            Location location = plugins.get(pending.remove(pending.size() - 1));
            for (String dependency : location == null ? List.<String>of() : location.dependencies()) {
                if (wanted.add(dependency)) {
                    pending.add(dependency);
                }
            }
        }
        wanted.retainAll(plugins.keySet());
        return wanted;
    }
}
