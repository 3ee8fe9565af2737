package org.o365cli.plugins.graph.user;

import picocli.CommandLine.Command;

/** The {@code graph user} group. */
@Command(name = "user", description = "Users of the tenant.",
        subcommands = {UserGetCommand.class, UserListCommand.class})
public class UserCommand {
}
