package org.o365cli.plugins.aad.approleassignment;

import picocli.CommandLine.Command;

/** The {@code aad approleassignment} group. */
@Command(name = "approleassignment", description = "App roles (application permissions) assigned to service principals.",
        subcommands = AppRoleAssignmentListCommand.class)
public class AppRoleAssignmentCommand {
}
