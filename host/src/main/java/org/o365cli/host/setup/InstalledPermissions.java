package org.o365cli.host.setup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.o365cli.auth.Permission;
import org.o365cli.host.plugin.DeclaredPermission;
import org.o365cli.host.plugin.LoadedContribution;
import org.o365cli.host.plugin.LoadedService;
import org.o365cli.host.plugin.PluginCatalog;
import picocli.CommandLine.Command;

/**
 * The {@link Permission}s on the command classes of every loaded service and contribution, and on
 * their picocli subcommands ({@code @Command(subcommands = …)}), read reflectively.
 */
public final class InstalledPermissions implements PermissionSource {

    private final PluginCatalog catalog;

    /** @param catalog the plugins, all of them loaded */
    public InstalledPermissions(PluginCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<DeclaredPermission> declared() {
        Deque<Class<?>> pending = new ArrayDeque<>();
        for (LoadedService service : catalog.services()) {
            pending.addAll(service.commandClasses());
        }
        for (LoadedContribution contribution : catalog.contributions()) {
            pending.addAll(contribution.commandClasses());
        }
        List<DeclaredPermission> declared = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (!seen.add(type)) {
                continue;
            }
            declared.addAll(DeclaredPermission.of(type));
            Command command = type.getAnnotation(Command.class);
            if (command != null) {
                pending.addAll(List.of(command.subcommands()));
            }
        }
        return declared;
    }
}
