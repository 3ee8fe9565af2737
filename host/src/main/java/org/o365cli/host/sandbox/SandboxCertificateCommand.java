package org.o365cli.host.sandbox;

import picocli.CommandLine.Command;

/** {@code o365 sandbox certificate}: certificates of the sandbox's app. */
@Command(name = "certificate", description = "Certificates that sign the sandbox's app in (--authType certificate).")
public final class SandboxCertificateCommand {
}
