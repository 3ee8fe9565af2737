package org.o365cli.plugins.spo.site;

import picocli.CommandLine.Command;

/** The {@code spo site} group. */
@Command(name = "site", description = "Manage site collections.", subcommands = {SiteGetCommand.class, SiteAddCommand.class, SiteListCommand.class})
public class SiteCommand {
}
