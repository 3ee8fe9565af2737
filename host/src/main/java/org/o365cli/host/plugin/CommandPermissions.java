package org.o365cli.host.plugin;

import java.util.List;

/**
 * What one command of a plugin declares, for its help; an empty list when it declares nothing.
 *
 * @param pluginId    the plugin whose class the command is
 * @param command     the command's full name below {@code o365}, e.g. {@code graph user get}
 * @param permissions its permissions, one per resource
 */
public record CommandPermissions(String pluginId, String command, List<DeclaredPermission> permissions) {

    /** Copies the list. */
    public CommandPermissions {
        permissions = List.copyOf(permissions);
    }
}
