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
import org.o365cli.host.plugin.trust.LoadGate;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Every service and command contribution the plugins offer, and every plugin's health. A plugin
 * that fails in any way (cannot load, cannot start, a missing or throwing extension class, a
 * service name already taken) is recorded with one line of cause and left out; the others are
 * unaffected. Made either by loading every plugin, or from a {@link CommandIndex} that loads only
 * the plugins owning the service a run invokes and knows the rest from the index.
 */
public final class PluginCatalog {

    /** The plugin id given to extensions found on the host's own class path (embedding, tests). */
    public static final String CLASSPATH = "classpath";

    private static final Set<String> HOST_COMMANDS = Set.of("cli", "plugins", "version", "status", "logout",
            "request", "util", "help", "setup");

    /**
     * Loading plugins opens their archives through the JVM-wide registry of zip file systems, which one
     * loader closes under another: a resident runtime running several commands at once loads them one at a time.
     */
    private static final Object LOADING = new Object();

    private final HostPluginManager manager;
    private final CommandIndex index;
    private final LoadGate gate;
    private final LoadProgress progress;
    private final Map<String, LoadedService> services = new LinkedHashMap<>();
    private final Map<String, ServiceSummary> summaries = new LinkedHashMap<>();
    private final List<LoadedContribution> contributions = new ArrayList<>();
    private final Map<String, String> problems = new LinkedHashMap<>();
    private final Map<String, CommandPermissions> permissions = new LinkedHashMap<>();
    private final List<String> classPathExtensions = new ArrayList<>();
    private String classPath = "";

    private PluginCatalog(HostPluginManager manager, CommandIndex index, LoadGate gate, LoadProgress progress) {
        this.manager = manager;
        this.index = index;
        this.gate = gate;
        this.progress = progress;
    }

    /**
     * Loads and starts the plugins of the distribution's and the user's {@code plugins/} folders
     * (the distribution's first, so that its services win a name clash), then the extensions on
     * the host's class path.
     *
     * @param environment where to look
     * @param gate        refuses changed and not allowed plugins
     * @param progress    told whose code runs next
     * @return the catalog
     */
    public static PluginCatalog load(HostEnvironment environment, LoadGate gate, LoadProgress progress) {
        synchronized (LOADING) {
            List<Path> roots = roots(environment);
            HostPluginManager manager = manager(roots, environment.version(), gate);
            manager.loadPlugins();
            return start(roots, manager, null, gate, progress, HostClassPath.of(environment, PluginCatalog.class.getClassLoader()));
        }
    }

    /**
     * Loads one plugin archive on its own, outside the plugin folders, to read what it offers
     * before it is installed.
     *
     * @param archive     a plugin jar, or the folder its zip was unpacked into
     * @param hostVersion the version {@code Plugin-Requires} is checked against
     * @param progress    told whose code runs next
     * @return the catalog of that plugin alone (and the class path's extensions)
     */
    public static PluginCatalog inspect(Path archive, String hostVersion, LoadProgress progress) {
        synchronized (LOADING) {
            List<Path> roots = List.of(archive.toAbsolutePath().getParent());
            HostPluginManager manager = manager(roots, hostVersion, LoadGate.none());
            manager.loadOnly(List.of(archive));
            return start(roots, manager, null, LoadGate.none(), progress, "");
        }
    }

    /**
     * Knows every plugin from the index, and loads and starts only the plugins that own the
     * service named (its provider, its contributors and their dependencies): none for a host
     * command, so such a run executes no plugin code at all.
     *
     * @param environment where to look
     * @param index       the index matching the installation
     * @param service     the first word of the command line, or null
     * @param gate        refuses changed and not allowed plugins
     * @return the catalog
     */
    public static PluginCatalog load(HostEnvironment environment, CommandIndex index, String service, LoadGate gate) {
        synchronized (LOADING) {
            List<Path> roots = roots(environment);
            List<Path> paths = index.pluginsFor(service).stream().map(id -> Path.of(index.plugins().get(id).path())).toList();
            HostPluginManager manager = null;
            if (!paths.isEmpty()) {
                manager = manager(roots, environment.version(), gate);
                manager.loadOnly(paths);
            }
            return start(roots, manager, index, gate, LoadProgress.NONE,
                    HostClassPath.of(environment, PluginCatalog.class.getClassLoader()));
        }
    }

    private static HostPluginManager manager(List<Path> roots, String hostVersion, LoadGate gate) {
        PluginLogging.start();
        return new HostPluginManager(roots, hostVersion, gate);
    }

    private static PluginCatalog start(List<Path> roots, HostPluginManager manager, CommandIndex index, LoadGate gate,
                                       LoadProgress progress, String classPath) {
        PluginCatalog catalog = new PluginCatalog(manager, index, gate, progress);
        if (index != null) {
            index.services().forEach(s -> catalog.summaries.put(s.name(), s));
            index.permissions().forEach(catalog::declare);
        }
        if (manager != null) {
            // The index knew these plugins as working; one refused now (its file changed unnoticed) is failed.
            manager.loadFailures().stream().filter(f -> index != null && f.id() != null).forEach(f -> catalog.fail(f.id(), f.cause()));
            catalog.startEach();
            manager.getStartedPlugins().stream()
                    .sorted(Comparator.comparingInt((PluginWrapper p) -> rootIndex(roots, p.getPluginPath()))
                            .thenComparing(PluginWrapper::getPluginId))
                    .forEach(catalog::readExtensions);
        }
        catalog.readClasspathExtensions(classPath);
        return catalog;
    }

    // One plugin at a time, each announced first, rather than PF4J's startPlugins(): an indexing run that a
    // plugin's Plugin.start() ends or hangs then names that plugin, and a start that throws fails only it.
    private void startEach() {
        for (PluginWrapper plugin : List.copyOf(manager.getResolvedPlugins())) {
            if (plugin.getPluginState() == PluginState.DISABLED || plugin.getPluginState() == PluginState.STARTED) {
                continue;   // startPlugin would enable a disabled plugin
            }
            progress.entering(plugin.getPluginId());
            try {
                manager.startPlugin(plugin.getPluginId());
            } catch (RuntimeException | LinkageError e) {
                fail(plugin.getPluginId(), PluginErrors.oneLine(e));
            }
        }
    }

    private static List<Path> roots(HostEnvironment environment) {
        List<Path> roots = new ArrayList<>();
        environment.bundledPluginsDir().ifPresent(roots::add);
        roots.add(environment.userPluginsDir());
        return roots;
    }

    /**
     * What a later run needs to know of these plugins without loading them. Only a catalog that
     * loaded every plugin can tell; the class path's extensions are left out, as they are read
     * on every run anyway.
     *
     * @param fingerprint the installation it describes
     * @return the index
     */
    public CommandIndex index(String fingerprint) {
        if (index != null) {
            throw new IllegalStateException("a catalog made from an index cannot make one");
        }
        Map<String, CommandIndex.Location> plugins = new LinkedHashMap<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            plugins.put(plugin.getPluginId(), new CommandIndex.Location(plugin.getPluginPath().toAbsolutePath().toString(),
                    plugin.getDescriptor().getDependencies().stream().map(d -> d.getPluginId()).toList()));
        }
        return new CommandIndex(fingerprint,
                reports().stream().filter(r -> !r.id().equals(CLASSPATH)).toList(),
                summaries.values().stream().filter(s -> !s.pluginId().equals(CLASSPATH)).toList(),
                contributions.stream().filter(c -> !c.pluginId().equals(CLASSPATH))
                        .map(c -> new CommandIndex.Contribution(c.pluginId(), c.service())).toList(),
                plugins,
                permissions.values().stream().filter(p -> !p.pluginId().equals(CLASSPATH)).toList(),
                // Class path extensions that failed are looked up again by every run, which then warns again.
                problems.containsKey(CLASSPATH) ? "" : classPath,
                problems.containsKey(CLASSPATH) || classPath.isEmpty() ? List.of() : classPathExtensions);
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

    /** A service by name, when its plugin was loaded in this run. */
    public Optional<LoadedService> service(String name) {
        return Optional.ofNullable(services.get(name));
    }

    /** Every working service, loaded in this run or known from the index, in load order. */
    public List<ServiceSummary> summaries() {
        return List.copyOf(summaries.values());
    }

    /** A working service by name, loaded in this run or known from the index. */
    public Optional<ServiceSummary> summary(String name) {
        return Optional.ofNullable(summaries.get(name));
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
        summaries.values().removeIf(s -> s.pluginId().equals(pluginId));
        contributions.removeIf(c -> c.pluginId().equals(pluginId));
        permissions.values().removeIf(p -> p.pluginId().equals(pluginId));
    }

    /**
     * What a command declares, known from the index or recorded in this run.
     *
     * @param command the command's full name below {@code o365}, e.g. {@code graph user get}
     * @return its permissions; empty when the command is not known
     */
    public Optional<CommandPermissions> permissions(String command) {
        return Optional.ofNullable(permissions.get(command));
    }

    /**
     * Records what a command of a plugin loaded in this run declares, for its help and the index.
     *
     * @param declared the command and its permissions
     */
    public void declare(CommandPermissions declared) {
        permissions.put(declared.command(), declared);
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
        if (index != null) {
            index.reports().forEach(r -> reports.add(problems.containsKey(r.id())
                    ? PluginReports.failed(r, problems.get(r.id())) : r));
        } else {
            for (PluginWrapper plugin : manager.getPlugins()) {
                String id = plugin.getPluginId();
                reports.add(PluginReports.of(plugin, manager, problems.get(id), servicesOf(id), resourcesOf(id),
                        gate.origin(plugin.getPluginPath())));
            }
            manager.loadFailures().forEach(failure -> reports.add(PluginReports.of(failure, gate.origin(failure.path()))));
        }
        services.values().stream().filter(s -> s.pluginId().equals(CLASSPATH)).findAny().ifPresent(s ->
                reports.add(new PluginReport(CLASSPATH, "", CLASSPATH, "", "started", servicesOf(CLASSPATH), resourcesOf(CLASSPATH),
                        "", null, "", "", "Extensions on the host's class path")));
        return reports;
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

    /** Says whose code runs next, for an indexing run to blame a plugin that ends or hangs it. */
    public LoadProgress progress() {
        return progress;
    }

    private void readExtensions(PluginWrapper plugin) {
        String id = plugin.getPluginId();
        progress.entering(id);
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

    private void readClasspathExtensions(String hostClassPath) {
        classPath = hostClassPath;
        ClassLoader loader = getClass().getClassLoader();
        try {
            if (index != null && !classPath.isEmpty() && classPath.equals(index.classPath())) {
                // The same jars as when indexed, unchanged (the fingerprint covers lib/): no need to open them all again.
                for (String name : index.classPathExtensions()) {
                    addClasspath(Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
                }
                return;
            }
            ServiceLoader.load(ServicePlugin.class, loader).forEach(this::addClasspath);
            ServiceLoader.load(CommandContribution.class, loader).forEach(this::addClasspath);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            fail(CLASSPATH, PluginErrors.oneLine(e));
        }
    }

    private void addClasspath(Object extension) {
        classPathExtensions.add(extension.getClass().getName());
        add(CLASSPATH, extension);
    }

    private void add(String pluginId, Object extension) {
        if (extension instanceof ServicePlugin plugin) {
            LoadedService service = ServiceValidation.read(pluginId, plugin);
            if (HOST_COMMANDS.contains(service.name())) {
                throw new IllegalStateException("service name '" + service.name() + "' is a host command");
            }
            // A valid index was built with this check, and its fingerprint covers installed.json: no need to read it again.
            Optional<String> claimant = pluginId.equals(CLASSPATH) || index != null ? Optional.empty() : gate.claimant(service.name());
            if (claimant.isPresent() && !claimant.get().equals(pluginId)) {
                throw new IllegalStateException("service '" + service.name() + "' belongs to plugin '" + claimant.get()
                        + "', which claimed it when it was installed");
            }
            ServiceSummary existing = summaries.get(service.name());
            if (existing != null && (services.containsKey(service.name()) || !existing.pluginId().equals(pluginId))) {
                throw new IllegalStateException("service '" + service.name() + "' is already provided by plugin '"
                        + existing.pluginId() + "'");
            }
            services.put(service.name(), service);
            summaries.put(service.name(), ServiceSummary.of(service));
        } else if (extension instanceof CommandContribution contribution) {
            contributions.add(ServiceValidation.read(pluginId, contribution));
        }
    }
}
