package org.o365cli.host.cli;

import picocli.CommandLine.Command;

/** {@code o365 cli}: commands about o365 itself. */
@Command(name = "cli", description = "Settings and shell completion of o365 itself.")
public final class CliCommand {
}
