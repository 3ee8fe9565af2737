package org.o365cli.host.plugin.install;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code o365 plugins update <id> [<source>]}. */
@Command(name = "update", description = "Replace an installed plugin with a newer version of it, shown and confirmed"
        + " like an install.",
        footer = {"", "Without a source, Maven coordinates move to the newest version the repository lists; a file or URL"
                + " is read again.", "", "Examples:", "  o365 plugins update hr",
                "  o365 plugins update hr ./hr-pack-1.1.0.jar --yes"})
public final class PluginsUpdateCommand implements Callable<InstalledPlugin> {

    @Parameters(index = "0", paramLabel = "<id>", description = "The installed plugin's id.")
    String id;

    @Parameters(index = "1", arity = "0..1", paramLabel = "<source>", description = "Where the new version is: a file,"
            + " an https URL or Maven coordinates; by default where the installed version came from.")
    String source;

    @Mixin
    InstallOptions options;

    private final PluginFolder folder;

    /** @param folder the user's plugins folder */
    public PluginsUpdateCommand(PluginFolder folder) {
        this.folder = folder;
    }

    @Override
    public InstalledPlugin call() {
        return folder.update(id, source, options.sha256, options.yes).orElse(null);
    }
}
