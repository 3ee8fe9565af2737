package org.o365cli.host.util;

import picocli.CommandLine.Command;

/** {@code o365 util accesstoken}. */
@Command(name = "accesstoken", description = "Access tokens for your own scripts.")
public final class AccessTokenCommand {
}
