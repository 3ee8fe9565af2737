package org.o365cli.host.sandbox;

import java.nio.file.Path;
import org.o365cli.sandbox.Sandbox;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code o365 sandbox}: the emulated tenant contoso that {@code connect --sandbox} signs in to. */
@Command(name = "sandbox", description = "The sandbox tenant contoso, emulated on this machine: its sign-in details, reset, "
        + "revocation and fault injection.",
        footer = {"", "Examples:", "  o365 graph connect --sandbox", "  o365 sandbox status",
                "  o365 sandbox reset --users 100000", "  o365 sandbox faults set --failureRate 50 --errors 429,503"})
public final class SandboxCommand {

    /**
     * The command and its subcommands.
     *
     * @param home {@code $O365_HOME}, whose {@code sandbox} folder holds the tenant
     * @return the {@code sandbox} command line
     */
    public static CommandLine tree(Path home) {
        Sandbox sandbox = Sandbox.open(home);
        return new CommandLine(new SandboxCommand())
                .addSubcommand(new SandboxStatusCommand(sandbox))
                .addSubcommand(new SandboxResetCommand(sandbox))
                .addSubcommand(new SandboxRevokeCommand(sandbox))
                .addSubcommand(new SandboxServeCommand(sandbox, home.resolve("sandbox")))
                .addSubcommand(new CommandLine(new SandboxCertificateCommand())
                        .addSubcommand(new SandboxCertificateAddCommand(sandbox)))
                .addSubcommand(new CommandLine(new SandboxFaultsCommand())
                        .addSubcommand(new SandboxFaultsSetCommand(sandbox))
                        .addSubcommand(new SandboxFaultsClearCommand(sandbox)));
    }
}
