package org.o365cli.host.plugin.install;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code o365 plugins uninstall <id>}. */
@Command(name = "uninstall", description = "Remove an installed plugin: its archive, its unpacked folder and its record.",
        footer = {"", "Example:", "  o365 plugins uninstall hr"})
public final class PluginsUninstallCommand implements Callable<InstalledPlugin> {

    @Parameters(index = "0", paramLabel = "<id>", description = "The installed plugin's id.")
    String id;

    private final PluginFolder folder;

    /** @param folder the user's plugins folder */
    public PluginsUninstallCommand(PluginFolder folder) {
        this.folder = folder;
    }

    @Override
    public InstalledPlugin call() {
        return folder.uninstall(id);
    }
}
