package org.o365cli.host.plugin;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.o365cli.auth.O365Exception;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code o365 plugins info <id>}. */
@Command(name = "info", description = "Show one plugin: descriptor, services, declared resources, state and error.",
        footer = {"", "Example:", "  o365 plugins info spo"})
public final class PluginsInfoCommand implements Callable<PluginReport> {

    @Parameters(index = "0", paramLabel = "<id>", description = "The plugin id, as 'o365 plugins list' shows it.")
    String id;

    private final PluginCatalog catalog;

    /** @param catalog the loaded plugins */
    public PluginsInfoCommand(PluginCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public PluginReport call() {
        return catalog.reports().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new O365Exception("No plugin '" + id + "'; installed plugins: "
                        + catalog.reports().stream().map(PluginReport::id).collect(Collectors.joining(", "))));
    }
}
