package org.o365cli.plugins.aad.sp;

import picocli.CommandLine.Command;

/** The {@code aad sp} group. */
@Command(name = "sp", description = "Service principals (enterprise applications).",
        subcommands = {SpGetCommand.class, SpListCommand.class})
public class SpCommand {
}
