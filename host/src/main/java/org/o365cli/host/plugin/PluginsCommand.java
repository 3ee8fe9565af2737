package org.o365cli.host.plugin;

import picocli.CommandLine.Command;

/** {@code o365 plugins}: the group of the plugin commands. */
@Command(name = "plugins", description = "Show the installed plugins, their services and their health.")
public final class PluginsCommand {
}
