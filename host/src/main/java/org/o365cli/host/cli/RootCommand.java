package org.o365cli.host.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code o365}: the root of the command tree; services and host commands hang below it. Its
 * version text is set when the tree is built, from the host's environment.
 */
@Command(name = "o365", sortOptions = false,
        synopsisSubcommandLabel = "COMMAND",
        description = "Manage Office 365 (SharePoint Online, Azure AD, Microsoft Graph) from any terminal or script.",
        footer = {"", "Examples:", "  o365 plugins list -o text", "  o365 cli config set output text",
                "  o365 cli completion bash > ~/.o365-completion.bash"})
public final class RootCommand {

    @Mixin
    final GlobalOptions global;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean versionRequested;

    /** @param global the options every command shares */
    public RootCommand(GlobalOptions global) {
        this.global = global;
    }
}
