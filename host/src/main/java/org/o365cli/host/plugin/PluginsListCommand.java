package org.o365cli.host.plugin;

import java.util.List;
import java.util.concurrent.Callable;
import org.o365cli.auth.DefaultColumns;
import picocli.CommandLine.Command;

/** {@code o365 plugins list}. */
@Command(name = "list", description = "List every plugin: id, version, source, SHA-256, state, services, resources and, when it does not run, why.",
        footer = {"", "Examples:", "  o365 plugins list -o text",
                "  o365 plugins list --query \"[?state!='started'].{id: id, error: error}\""})
@DefaultColumns({"id", "version", "source", "state", "services", "resources", "sha256", "error"})
public final class PluginsListCommand implements Callable<List<PluginReport>> {

    private final PluginCatalog catalog;

    /** @param catalog the loaded plugins */
    public PluginsListCommand(PluginCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<PluginReport> call() {
        return catalog.reports();
    }
}
