package org.o365cli.host.plugin.install;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code o365 plugins install <source>}. */
@Command(name = "install", description = "Install a plugin after showing what it offers, which resources it may ask"
        + " tokens for and its SHA-256.",
        footer = {"", "The plugin is read in a separate process first: one that ends that process or does not finish loading"
                + " within O365_PLUGIN_LOAD_TIMEOUT seconds (default 20) is refused, and nothing is installed.",
                "A plugin runs with your rights inside o365; see docs/writing-plugins.md, Trust.", "", "Examples:",
                "  o365 plugins install ./hr-pack-1.0.0.jar",
                "  o365 plugins install com.contoso:hr-pack:1.0.0 --sha256 9f86d08188…",
                "  o365 plugins install https://downloads.contoso.com/hr-pack-1.0.0.zip --yes"})
public final class PluginsInstallCommand implements Callable<InstalledPlugin> {

    @Parameters(index = "0", paramLabel = "<source>", description = "A plugin .jar or .zip, an https URL of one, or Maven"
            + " coordinates groupId:artifactId:version[:zip] (Maven Central, or the repository O365_PLUGIN_REPOSITORY names).")
    String source;

    @Mixin
    InstallOptions options;

    private final PluginFolder folder;

    /** @param folder the user's plugins folder */
    public PluginsInstallCommand(PluginFolder folder) {
        this.folder = folder;
    }

    @Override
    public InstalledPlugin call() {
        return folder.install(source, options.sha256, options.yes).orElse(null);
    }
}
