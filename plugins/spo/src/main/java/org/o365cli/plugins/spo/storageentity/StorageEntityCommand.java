package org.o365cli.plugins.spo.storageentity;

import picocli.CommandLine.Command;

/** The {@code spo storageentity} group. */
@Command(name = "storageentity", description = "Manage tenant properties (storage entities) of an app catalog.",
        subcommands = {StorageEntityListCommand.class, StorageEntityGetCommand.class, StorageEntitySetCommand.class,
                StorageEntityRemoveCommand.class})
public class StorageEntityCommand {
}
