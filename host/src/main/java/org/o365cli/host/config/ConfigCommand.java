package org.o365cli.host.config;

import picocli.CommandLine.Command;

/** {@code o365 cli config}: the group of the settings commands. */
@Command(name = "config", description = "Show and change settings kept in $O365_HOME/config.json.")
public final class ConfigCommand {
}
