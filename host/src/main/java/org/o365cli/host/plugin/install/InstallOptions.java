package org.o365cli.host.plugin.install;

import picocli.CommandLine.Option;

/** The options {@code plugins install} and {@code plugins update} share. */
public final class InstallOptions {

    @Option(names = "--sha256", paramLabel = "<hex>", description = "The SHA-256 the archive must have; any other is refused.")
    String sha256;

    @Option(names = "--yes", description = "Go ahead without asking for a confirmation (needed when stdin is not a terminal).")
    boolean yes;
}
