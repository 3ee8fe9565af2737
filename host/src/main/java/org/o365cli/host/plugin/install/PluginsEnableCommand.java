package org.o365cli.host.plugin.install;

import java.util.concurrent.Callable;
import org.o365cli.host.plugin.PluginReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code o365 plugins enable <id>}. */
@Command(name = "enable", description = "Load a disabled plugin again from the next command on.",
        footer = {"", "Example:", "  o365 plugins enable hr"})
public final class PluginsEnableCommand implements Callable<PluginReport> {

    @Parameters(index = "0", paramLabel = "<id>", description = "The plugin id, as 'o365 plugins list' shows it.")
    String id;

    private final PluginFolder folder;

    /** @param folder the user's plugins folder */
    public PluginsEnableCommand(PluginFolder folder) {
        this.folder = folder;
    }

    @Override
    public PluginReport call() {
        return folder.enable(id, true);
    }
}
