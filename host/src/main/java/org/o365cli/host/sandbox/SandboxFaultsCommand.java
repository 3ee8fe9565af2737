package org.o365cli.host.sandbox;

import picocli.CommandLine.Command;

/** {@code o365 sandbox faults}: failures the sandbox injects into API calls. */
@Command(name = "faults", description = "Make the sandbox fail a share of calls (throttling, server errors) or slow them down.")
public final class SandboxFaultsCommand {
}
