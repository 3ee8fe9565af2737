package org.o365cli.plugins.spo.web;

import picocli.CommandLine.Command;

/** The {@code spo web} group. */
@Command(name = "web", description = "Manage sites (webs).", subcommands = {WebGetCommand.class})
public class WebCommand {
}
