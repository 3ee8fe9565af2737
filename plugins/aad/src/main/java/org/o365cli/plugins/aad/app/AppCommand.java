package org.o365cli.plugins.aad.app;

import picocli.CommandLine.Command;

/** The {@code aad app} group. */
@Command(name = "app", description = "Application registrations.",
        subcommands = {AppGetCommand.class, AppListCommand.class})
public class AppCommand {
}
