package org.o365cli.host.plugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.o365cli.auth.CommandContribution;
import org.o365cli.auth.ServicePlugin;
import org.o365cli.host.config.HostEnvironment;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Every service and command contribution the plugins offer, and every plugin's health. A plugin
 * that fails in any way (cannot load, cannot start, a missing or throwing extension class, a
 * service name already taken) is recorded with one line of cause and left out; the others are
 * unaffected.
 */
public final class PluginCatalog {

    /** The plugin id given to extensions found on the host's own class path (embedding, tests). */
    public static final String CLASSPATH = "classpath";

    private static final Set<String> HOST_COMMANDS = Set.of("cli", "plugins", "version", "status", "logout",
            "request", "util", "help");

    private final HostPluginManager manager;
    private final Map<String, LoadedService> services = new LinkedHashMap<>();
    private final List<LoadedContribution> contributions = new ArrayList<>();
    private final Map<String, String> problems = new LinkedHashMap<>();

    private PluginCatalog(HostPluginManager manager) {
        this.manager = manager;
    }

    /**
     * Loads and starts the plugins of the distribution's and the user's {@code plugins/} folders
     * (the distribution's first, so that its services win a name clash), then the extensions on
     * the host's class path.
     *
     * @param environment where to look
     * @return the catalog
     */
    public static PluginCatalog load(HostEnvironment environment) {
        List<Path> roots = new ArrayList<>();
        environment.bundledPluginsDir().ifPresent(roots::add);
        roots.add(environment.userPluginsDir());
        HostPluginManager manager = new HostPluginManager(roots, environment.version());
        manager.loadPlugins();
        manager.startPlugins();
        PluginCatalog catalog = new PluginCatalog(manager);
        manager.getStartedPlugins().stream()
                .sorted(Comparator.comparingInt((PluginWrapper p) -> rootIndex(roots, p.getPluginPath()))
                        .thenComparing(PluginWrapper::getPluginId))
                .forEach(catalog::readExtensions);
        catalog.readClasspathExtensions();
        return catalog;
    }

    private static int rootIndex(List<Path> roots, Path pluginPath) {
        for (int i = 0; i < roots.size(); i++) {
            if (pluginPath.toAbsolutePath().startsWith(roots.get(i).toAbsolutePath())) {
                return i;
            }
        }
        return roots.size();
    }

    /** The services, in load order. */
    public List<LoadedService> services() {
        return List.copyOf(services.values());
    }

    /** A service by name. */
    public Optional<LoadedService> service(String name) {
        return Optional.ofNullable(services.get(name));
    }

    /** The contributions whose service exists. */
    public List<LoadedContribution> contributions() {
        return contributions.stream().filter(c -> services.containsKey(c.service())).toList();
    }

    /**
     * Records that a plugin is broken (for instance its command classes cannot be built) and
     * removes what it offered.
     *
     * @param pluginId the plugin
     * @param cause    one line
     */
    public void fail(String pluginId, String cause) {
        problems.putIfAbsent(pluginId, cause);
        services.values().removeIf(s -> s.pluginId().equals(pluginId));
        contributions.removeIf(c -> c.pluginId().equals(pluginId));
    }

    /** One warning line per broken plugin, for stderr. */
    public List<String> warnings() {
        return reports().stream().filter(r -> r.error() != null)
                .map(r -> "Warning: plugin '" + r.id() + "' (" + r.path() + ") is not available: " + r.error())
                .toList();
    }

    /** Every plugin, working or not, for {@code plugins list}. */
    public List<PluginReport> reports() {
        List<PluginReport> reports = new ArrayList<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            reports.add(report(plugin));
        }
        for (HostPluginManager.LoadFailure failure : manager.loadFailures()) {
            reports.add(new PluginReport(failure.path().getFileName().toString(), "", "failed", List.of(), List.of(),
                    failure.path().toString(), failure.cause(), "", "", ""));
        }
        services.values().stream().filter(s -> s.pluginId().equals(CLASSPATH)).findAny().ifPresent(s ->
                reports.add(new PluginReport(CLASSPATH, "", "started", servicesOf(CLASSPATH), resourcesOf(CLASSPATH),
                        "", null, "", "", "Extensions on the host's class path")));
        return reports;
    }

    private PluginReport report(PluginWrapper plugin) {
        String id = plugin.getPluginId();
        PluginDescriptor descriptor = plugin.getDescriptor();
        String error = problems.get(id);
        String state = error != null ? "failed" : plugin.getPluginState().toString().toLowerCase();
        if (error == null && plugin.getFailedException() != null) {
            error = plugin.getPluginState() == PluginState.DISABLED && !isVersionAccepted(descriptor)
                    ? "requires o365 " + descriptor.getRequires() + " but this is o365 " + manager.getSystemVersion()
                    : PluginErrors.oneLine(plugin.getFailedException());
            state = plugin.getPluginState() == PluginState.DISABLED ? "disabled" : "failed";
        }
        return new PluginReport(id, descriptor.getVersion(), state, servicesOf(id), resourcesOf(id),
                plugin.getPluginPath().toString(), error, nullToEmpty(descriptor.getProvider()),
                nullToEmpty(descriptor.getRequires()), nullToEmpty(descriptor.getPluginDescription()));
    }

    private boolean isVersionAccepted(PluginDescriptor descriptor) {
        String requires = descriptor.getRequires().trim();
        if (requires.matches("^\\d+\\.\\d+\\.\\d+$")) {
            requires = ">=" + requires;
        }
        return requires.equals("*") || manager.getVersionManager().checkVersionConstraint(manager.getSystemVersion(), requires);
    }

    private List<String> servicesOf(String pluginId) {
        List<String> names = new ArrayList<>();
        services.values().stream().filter(s -> s.pluginId().equals(pluginId)).forEach(s -> names.add(s.name()));
        contributions.stream().filter(c -> c.pluginId().equals(pluginId)).forEach(c -> names.add(c.service()));
        return names.stream().distinct().toList();
    }

    private List<String> resourcesOf(String pluginId) {
        List<String> resources = new ArrayList<>();
        services.values().stream().filter(s -> s.pluginId().equals(pluginId)).forEach(s -> resources.addAll(s.declaredResources()));
        contributions.stream().filter(c -> c.pluginId().equals(pluginId)).forEach(c -> resources.addAll(c.resources()));
        return resources.stream().distinct().toList();
    }

    private void readExtensions(PluginWrapper plugin) {
        String id = plugin.getPluginId();
        ClassLoader loader = plugin.getPluginClassLoader();
        List<Object> found = new ArrayList<>();
        try {
            for (String className : manager.getExtensionClassNames(id)) {
                Class<?> type = Class.forName(className, false, loader);
                if (ServicePlugin.class.isAssignableFrom(type) || CommandContribution.class.isAssignableFrom(type)) {
                    found.add(type.getDeclaredConstructor().newInstance());
                }
            }
            found.forEach(extension -> add(id, extension));
        } catch (Exception | LinkageError e) {
            fail(id, PluginErrors.oneLine(e));
        }
    }

    private void readClasspathExtensions() {
        try {
            ServiceLoader.load(ServicePlugin.class, getClass().getClassLoader()).forEach(s -> add(CLASSPATH, s));
            ServiceLoader.load(CommandContribution.class, getClass().getClassLoader()).forEach(c -> add(CLASSPATH, c));
        } catch (RuntimeException | LinkageError e) {
            fail(CLASSPATH, PluginErrors.oneLine(e));
        }
    }

    private void add(String pluginId, Object extension) {
        if (extension instanceof ServicePlugin plugin) {
            LoadedService service = ServiceValidation.read(pluginId, plugin);
            if (HOST_COMMANDS.contains(service.name())) {
                throw new IllegalStateException("service name '" + service.name() + "' is a host command");
            }
            LoadedService existing = services.get(service.name());
            if (existing != null) {
                throw new IllegalStateException("service '" + service.name() + "' is already provided by plugin '"
                        + existing.pluginId() + "'");
            }
            services.put(service.name(), service);
        } else if (extension instanceof CommandContribution contribution) {
            contributions.add(ServiceValidation.read(pluginId, contribution));
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
