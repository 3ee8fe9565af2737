package org.o365cli.plugins.graph.groupsetting;

import picocli.CommandLine.Command;

/** The {@code graph groupsetting} group. */
@Command(name = "groupsetting", description = "Tenant-wide settings of Microsoft 365 groups.",
        subcommands = GroupSettingListCommand.class)
public class GroupSettingCommand {
}
