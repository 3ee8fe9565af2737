package org.o365cli.host.plugin;

import org.pf4j.ClassLoadingStrategy;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin's class loader that takes the host-provided packages from the host, whatever the
 * plugin carries; every other class comes from the plugin first, then the host.
 */
final class HostFirstPluginClassLoader extends PluginClassLoader {

    HostFirstPluginClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
        super(manager, descriptor, parent, ClassLoadingStrategy.PDA);
    }

    @Override
    protected boolean shouldDelegateToParent(String className) {
        return super.shouldDelegateToParent(className) || HostPackages.isHostProvided(className);
    }
}
