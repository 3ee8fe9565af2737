package org.o365cli.host.plugin;

import java.util.List;
import org.o365cli.auth.ConnectFlag;
import org.o365cli.auth.ConnectResource;
import org.o365cli.auth.ServicePlugin;

/**
 * A service as the host keeps it, read once from its plugin (so a plugin's getters are called
 * once, inside the catalog's error handling).
 *
 * @param pluginId          the plugin that provides it ({@code classpath} when found on the class path)
 * @param name              the service name
 * @param description       one line for help
 * @param declaredResources the resources and patterns it declares
 * @param connectResource   how connect finds its resource
 * @param connectFlags      yes/no options of its connect
 * @param commandClasses    its commands
 * @param plugin            the extension itself, for {@code afterConnect}
 */
public record LoadedService(String pluginId, String name, String description, List<String> declaredResources,
                            ConnectResource connectResource, List<ConnectFlag> connectFlags,
                            List<Class<?>> commandClasses, ServicePlugin plugin) {

    /** Copies the lists. */
    public LoadedService {
        declaredResources = List.copyOf(declaredResources);
        connectFlags = List.copyOf(connectFlags);
        commandClasses = List.copyOf(commandClasses);
    }
}
