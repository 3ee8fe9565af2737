package org.o365cli.host.plugin;

import java.util.List;
import java.util.Objects;
import org.o365cli.auth.CommandContribution;
import org.o365cli.auth.ConnectFlag;
import org.o365cli.auth.ConnectResource;
import org.o365cli.auth.Resource;
import org.o365cli.auth.ServicePlugin;

/** Reads a plugin's extension once and checks what it says, so a bad value is caught at load. */
final class ServiceValidation {

    private ServiceValidation() {
    }

    static LoadedService read(String pluginId, ServicePlugin plugin) {
        String name = serviceName(plugin.name());
        List<String> resources = resources(plugin.declaredResources());
        ConnectResource connect = Objects.requireNonNull(plugin.connectResource(), "connectResource() returned null");
        if (connect instanceof ConnectResource.Fixed fixed
                && resources.stream().noneMatch(fixed.resource()::matches)) {
            throw new IllegalStateException("service '" + name + "' connects to " + fixed.resource()
                    + ", which it does not declare");
        }
        List<ConnectFlag> flags = Objects.requireNonNull(plugin.connectFlags(), "connectFlags() returned null");
        for (ConnectFlag flag : flags) {
            if (flag.name() == null || !flag.name().matches("[a-zA-Z][a-zA-Z0-9]*")) {
                throw new IllegalStateException("connect flag '" + flag.name() + "' is not letters and digits");
            }
        }
        return new LoadedService(pluginId, name, Objects.requireNonNullElse(plugin.description(), ""), resources,
                connect, flags, Objects.requireNonNull(plugin.commandClasses(), "commandClasses() returned null"), plugin);
    }

    static LoadedContribution read(String pluginId, CommandContribution contribution) {
        return new LoadedContribution(pluginId, serviceName(contribution.service()),
                resources(contribution.resources()),
                Objects.requireNonNull(contribution.commandClasses(), "commandClasses() returned null"));
    }

    private static String serviceName(String name) {
        if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalStateException("service name '" + name + "' is not lower-case letters, digits and dashes");
        }
        return name;
    }

    private static List<String> resources(List<String> declared) {
        Objects.requireNonNull(declared, "declared resources are null");
        for (String pattern : declared) {
            try {
                Resource.of(pattern.replace("://*.", "://x."));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("declared resource '" + pattern + "' is not a resource URI or pattern");
            }
        }
        return declared;
    }
}
