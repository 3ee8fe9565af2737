package org.o365cli.host.plugin;

import picocli.CommandLine.Command;

/** {@code o365 plugins}: the group of the plugin commands. */
@Command(name = "plugins", description = "Install, update, enable, disable and list plugins.",
        footer = {"", "Examples:", "  o365 plugins list -o text", "  o365 plugins install com.contoso:hr-pack:1.0.0",
                "  o365 plugins disable hr"})
public final class PluginsCommand {
}
