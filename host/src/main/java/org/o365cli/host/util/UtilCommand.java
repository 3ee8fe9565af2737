package org.o365cli.host.util;

import picocli.CommandLine.Command;

/** {@code o365 util}: helpers for scripts. */
@Command(name = "util", description = "Helpers for scripts: access tokens.")
public final class UtilCommand {
}
