package org.o365cli.plugins.graph.o365group;

import picocli.CommandLine.Command;

/** The {@code graph o365group} group. */
@Command(name = "o365group", description = "Microsoft 365 (unified) groups.",
        subcommands = {O365GroupAddCommand.class, O365GroupGetCommand.class, O365GroupListCommand.class})
public class O365GroupCommand {
}
