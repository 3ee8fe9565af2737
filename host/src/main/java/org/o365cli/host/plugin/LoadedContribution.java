package org.o365cli.host.plugin;

import java.util.List;

/**
 * Commands a plugin adds under another plugin's service.
 *
 * @param pluginId       the contributing plugin
 * @param service        the service joined
 * @param resources      extra resources its commands may ask tokens for
 * @param commandClasses its commands
 */
public record LoadedContribution(String pluginId, String service, List<String> resources, List<Class<?>> commandClasses) {

    /** Copies the lists. */
    public LoadedContribution {
        resources = List.copyOf(resources);
        commandClasses = List.copyOf(commandClasses);
    }
}
