package org.o365cli.host.plugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.o365cli.host.plugin.trust.LoadGate;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DefaultPluginStatusProvider;
import org.pf4j.ExtensionFinder;
import org.pf4j.JarPluginLoader;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginLoader;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;
import org.pf4j.PropertiesPluginDescriptorFinder;
import org.pf4j.RuntimeMode;

/**
 * PF4J set up for o365: plugins from the distribution's and the user's {@code plugins/}
 * folders, extensions found the ServiceLoader way, host packages loaded parent-first, the host
 * version checked against {@code Plugin-Requires}, and a plugin that cannot even be loaded
 * recorded as a {@link LoadFailure} instead of stopping the others.
 */
public final class HostPluginManager extends DefaultPluginManager {

    private final List<LoadFailure> loadFailures = new ArrayList<>();
    private final LoadGate gate;

    /**
     * A plugin that could not be loaded at all: unreadable archive, bad descriptor, duplicate id,
     * bundled host packages.
     *
     * @param path  where it lies
     * @param id    its id, or null when its descriptor could not be read
     * @param cause one line
     */
    public record LoadFailure(Path path, String id, String cause) {
    }

    /**
     * @param roots       the folders to load plugins from, the user's own last; missing ones are skipped
     * @param hostVersion the version {@code Plugin-Requires} is checked against
     * @param gate        refuses a changed or not allowed plugin before its code loads
     */
    public HostPluginManager(List<Path> roots, String hostVersion, LoadGate gate) {
        super(roots);
        setSystemVersion(hostVersion);
        this.gate = gate;
    }

    /** The plugins that could not be loaded, in the order they were met. */
    public List<LoadFailure> loadFailures() {
        return List.copyOf(loadFailures);
    }

    /**
     * Loads only these plugins (and resolves their dependencies among them), instead of every
     * plugin under the roots; one that fails is recorded like any other load failure.
     *
     * @param pluginPaths the plugins' archives or folders
     */
    public void loadOnly(List<Path> pluginPaths) {
        for (Path path : pluginPaths) {
            loadPluginFromPath(path);
        }
        resolvePlugins();
    }

    @Override
    public RuntimeMode getRuntimeMode() {
        // Development mode would look for plugins in Maven target folders; o365 only ever loads packaged plugins.
        return RuntimeMode.DEPLOYMENT;
    }

    @Override
    protected ExtensionFinder createExtensionFinder() {
        ServiceFileFinder finder = new ServiceFileFinder(this);
        addPluginStateListener(finder);
        return finder;
    }

    @Override
    protected PluginDescriptorFinder createPluginDescriptorFinder() {
        // The manifest first: PF4J's default reads plugin.properties first, through a zip file system whose provider
        // the JDK looks for in every jar of lib/. The manifest again last, so that a plugin declaring neither is
        // reported in the same words as before.
        return new CompoundPluginDescriptorFinder().add(new ManifestPluginDescriptorFinder())
                .add(new PropertiesPluginDescriptorFinder()).add(new ManifestPluginDescriptorFinder());
    }

    @Override
    protected PluginStatusProvider createPluginStatusProvider() {
        // enabled.txt / disabled.txt live in the user's own plugins folder, the last root; this
        // runs from the superclass constructor, before any field of this class is set.
        List<Path> roots = getPluginsRoots();
        return new DefaultPluginStatusProvider(roots.get(roots.size() - 1));
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader()
                .add(new JarPluginLoader(this) {
                    @Override
                    protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                        return new HostFirstPluginClassLoader(pluginManager, descriptor, getClass().getClassLoader());
                    }
                })
                .add(new DefaultPluginLoader(this) {
                    @Override
                    protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                        return new HostFirstPluginClassLoader(pluginManager, descriptor, getClass().getClassLoader());
                    }
                });
    }

    @Override
    protected PluginWrapper loadPluginFromPath(Path pluginPath) {
        String id = null;
        try {
            BundledHostPackageCheck.check(pluginPath);
            id = getPluginDescriptorFinder().find(pluginPath).getPluginId();
            // A descriptor without an id fails PF4J's own validation below, with its own words.
            Optional<String> refusal = id == null ? Optional.empty() : gate.refusal(pluginPath, id);
            if (refusal.isPresent()) {
                loadFailures.add(new LoadFailure(pluginPath, id, refusal.get()));
                return null;
            }
            return super.loadPluginFromPath(pluginPath);
        } catch (RuntimeException | LinkageError e) {
            // A broken plugin must never stop the others from loading.
            // A duplicate is named by its file: its id is the other plugin's.
            Optional<String> duplicate = duplicateIdMessage(pluginPath);
            loadFailures.add(new LoadFailure(pluginPath, duplicate.isPresent() ? null : id,
                    duplicate.orElseGet(() -> PluginErrors.oneLine(e))));
            return null;
        }
    }

    // PF4J's own message for a duplicate id is a paragraph about its internals; say it in the user's terms.
    private Optional<String> duplicateIdMessage(Path pluginPath) {
        try {
            String id = getPluginDescriptorFinder().find(pluginPath).getPluginId();
            PluginWrapper loaded = getPlugin(id);
            return loaded == null ? Optional.empty() : Optional.of("plugin id '" + id + "' is already used by "
                    + loaded.getPluginPath() + "; remove one of the two");
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
