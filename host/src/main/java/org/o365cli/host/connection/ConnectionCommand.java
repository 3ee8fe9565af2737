package org.o365cli.host.connection;

import java.util.function.BiPredicate;
import org.o365cli.host.store.ConnectionStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code o365 <service> connection}: the service's named connections. */
@Command(name = "connection", description = "Manage this service's named connections: list, use, remove, rename.",
        footer = {"", "Examples:", "  o365 graph connection list -o text", "  o365 graph connection use fabrikam",
                "  o365 graph user list --connection contoso   # one command, the active connection unchanged"})
public final class ConnectionCommand {

    /**
     * The group with its four commands.
     *
     * @param service the service
     * @param store   the connections
     * @param confirm asks before a destructive change: (--force given, what will be done) to go ahead or not
     * @return the command line of {@code connection}
     */
    public static CommandLine tree(String service, ConnectionStore store, BiPredicate<Boolean, String> confirm) {
        return new CommandLine(new ConnectionCommand())
                .addSubcommand(new ConnectionListCommand(service, store))
                .addSubcommand(new ConnectionUseCommand(service, store))
                .addSubcommand(new ConnectionRemoveCommand(service, store, confirm))
                .addSubcommand(new ConnectionRenameCommand(service, store));
    }
}
