package org.o365cli.host.plugin.install;

import java.util.concurrent.Callable;
import org.o365cli.host.plugin.PluginReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code o365 plugins disable <id>}. */
@Command(name = "disable", description = "Stop loading a plugin, whatever its origin, until it is enabled again.",
        footer = {"", "Example:", "  o365 plugins disable hr"})
public final class PluginsDisableCommand implements Callable<PluginReport> {

    @Parameters(index = "0", paramLabel = "<id>", description = "The plugin id, as 'o365 plugins list' shows it.")
    String id;

    private final PluginFolder folder;

    /** @param folder the user's plugins folder */
    public PluginsDisableCommand(PluginFolder folder) {
        this.folder = folder;
    }

    @Override
    public PluginReport call() {
        return folder.enable(id, false);
    }
}
