package org.o365cli.plugins.spo.app;

import picocli.CommandLine.Command;

/** The {@code spo app} group. */
@Command(name = "app", description = "Manage apps in the tenant or site collection app catalog.",
        subcommands = {AppListCommand.class, AppInstallCommand.class, AppUninstallCommand.class})
public class AppCommand {
}
