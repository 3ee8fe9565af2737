package org.o365cli.host.setup;

import java.util.List;
import org.o365cli.auth.Permission;
import org.o365cli.host.plugin.DeclaredPermission;

/**
 * The permissions the installed commands declare with {@link Permission}: what {@code o365 setup
 * --scopes all} asks for. Read from the loaded command classes today; the command index may keep them
 * later, so that setup need not load every plugin.
 */
public interface PermissionSource {

    /** Every declaration of every installed command, in no particular order, repeats included. */
    List<DeclaredPermission> declared();
}
