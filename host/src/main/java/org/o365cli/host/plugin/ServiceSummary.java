package org.o365cli.host.plugin;

import java.util.List;

/**
 * What the host needs of a service without loading its plugin: the root's help, routing a
 * command to the plugins that own it, and the declared resources that choose a connection.
 *
 * @param pluginId          the plugin that provides it
 * @param name              the service name
 * @param description       one line for help
 * @param declaredResources the resources and patterns it declares
 */
public record ServiceSummary(String pluginId, String name, String description, List<String> declaredResources) {

    /** Copies the list. */
    public ServiceSummary {
        declaredResources = List.copyOf(declaredResources);
    }

    static ServiceSummary of(LoadedService service) {
        return new ServiceSummary(service.pluginId(), service.name(), service.description(), service.declaredResources());
    }
}
