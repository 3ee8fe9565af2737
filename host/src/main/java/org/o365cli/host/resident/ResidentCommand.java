package org.o365cli.host.resident;

import picocli.CommandLine.Command;

/** {@code o365 cli resident}: the background runtime that keeps o365 warm between commands. */
@Command(name = "resident", description = "Show or stop the resident runtime that runs your commands (unless O365_RESIDENT=off).",
        footer = {"", "The o365 launcher starts a small client that hands each command to a background Java process of",
                "yours, started on first use, which keeps classes, compiled code and connections warm. It exits after",
                "O365_RESIDENT_IDLE_SECONDS (default 900) without commands, and is replaced when the installation, the",
                "Java or JAVA_OPTS change. Whenever it cannot take a command, the client runs it itself.",
                "O365_RESIDENT=off runs every command in its own process.", "", "Examples:",
                "  o365 cli resident status -o text", "  o365 cli resident stop"})
public final class ResidentCommand {
}
