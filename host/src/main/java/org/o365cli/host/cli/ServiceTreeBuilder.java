package org.o365cli.host.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.ConnectionAuth;
import org.o365cli.host.http.PluginHttp;
import org.o365cli.host.auth.connect.ConnectCommand;
import org.o365cli.host.auth.connect.DisconnectCommand;
import org.o365cli.host.auth.connect.ServiceStatusCommand;
import org.o365cli.host.connection.ConnectionCommand;
import org.o365cli.host.plugin.CommandPermissions;
import org.o365cli.host.plugin.DeclaredPermission;
import org.o365cli.host.plugin.LoadedContribution;
import org.o365cli.host.plugin.LoadedService;
import org.o365cli.host.plugin.PluginErrors;
import org.o365cli.host.store.ConnectionSource;
import picocli.CommandLine;

/**
 * Builds {@code o365 <service> …}: the host's {@code connect}, {@code status}, {@code disconnect} and
 * {@code connection} for the service, and the commands of its plugin and of plugins contributing to it,
 * each plugin's commands with an Auth limited to what that plugin declared. A plugin whose command
 * classes cannot be built is recorded as failed in the catalog and left out; the rest is unaffected.
 */
final class ServiceTreeBuilder {
    // As in CommandTreeBuilder: no lambda or method reference here names a picocli type.

    private final HostServices host;

    ServiceTreeBuilder(HostServices host) {
        this.host = host;
    }

    /**
     * @param service the service
     * @param command the word after its name on the command line, or null
     * @return {@code o365 <service>} with its commands
     */
    CommandLine build(LoadedService service, String command) {
        host.catalog().progress().entering(service.pluginId());
        List<LoadedContribution> contributions = host.catalog().contributions().stream()
                .filter(contribution -> contribution.service().equals(service.name())).toList();
        List<Class<?>> candidates = new ArrayList<>(List.of(ConnectCommand.class, ServiceStatusCommand.class,
                DisconnectCommand.class, ConnectionCommand.class));
        candidates.addAll(service.commandClasses());
        contributions.forEach(contribution -> candidates.addAll(contribution.commandClasses()));
        CommandPick pick = CommandPick.of(command, candidates);
        CommandLine group = CommandPick.nameOnly(service.name(), service.description());
        group.addSubcommand(pick.builds(ConnectCommand.class) ? ConnectCommand.of(service, host.settings(),
                host.environment().variables(), host.wiring().connector((s, pending) -> context(s, null, pending)),
                host.redactor()) : CommandPick.nameOnly(ConnectCommand.class));
        group.addSubcommand(pick.builds(ServiceStatusCommand.class)
                ? new CommandLine(new ServiceStatusCommand(service.name(), host.connections(), host.authentication()::chosen))
                : CommandPick.nameOnly(ServiceStatusCommand.class));
        group.addSubcommand(pick.builds(DisconnectCommand.class)
                ? new CommandLine(new DisconnectCommand(service.name(), host.connections()))
                : CommandPick.nameOnly(DisconnectCommand.class));
        Confirmations confirmations = new Confirmations(host.terminal(), host.err());
        group.addSubcommand(pick.builds(ConnectionCommand.class)
                ? ConnectionCommand.tree(service.name(), host.connections(), confirmations::confirm)
                : CommandPick.nameOnly(ConnectionCommand.class));
        addCommands(group, service.pluginId(), service.commandClasses(), pick, factory(service, null));
        for (LoadedContribution contribution : contributions) {
            addCommands(group, contribution.pluginId(), contribution.commandClasses(), pick, factory(service, contribution));
        }
        return group;
    }

    // Each plugin's commands get an Auth limited to what that plugin declared.
    private ServiceCommandFactory factory(LoadedService service, LoadedContribution contribution) {
        return new ServiceCommandFactory(context(service, contribution, host.connections()));
    }

    private CommandContext context(LoadedService service, LoadedContribution contribution, ConnectionSource connections) {
        ConnectionAuth auth = host.authentication().forPlugin(service, contribution, connections);
        PluginHttp http = new PluginHttp(host.wiring().http(), request -> forceNew -> switch (request.tokenMethod()) {
            case ENSURE -> auth.ensureAccessToken(Resource.fromUrl(request.url()), forceNew);
            case GET, NONE -> auth.getAccessToken(request.url(), forceNew);
        }, host.json());
        return new HostCommandContext(service.name(), auth, http, new StderrLog(host.err(), host.global()), host.json(),
                host.cancellation(), new Confirmations(host.terminal(), host.err()));
    }

    private void addCommands(CommandLine group, String pluginId, List<Class<?>> classes, CommandPick pick,
                             ServiceCommandFactory factory) {
        host.catalog().progress().entering(pluginId);
        List<CommandLine> commands = new ArrayList<>();
        List<CommandLine> built = new ArrayList<>();
        try {
            for (Class<?> commandClass : classes) {
                if (!pick.builds(commandClass)) {
                    commands.add(CommandPick.nameOnly(commandClass));
                    continue;
                }
                CommandLine command = new CommandLine(commandClass, factory);
                instantiate(command);
                commands.add(command);
                built.add(command);
            }
            for (CommandLine command : commands) {
                if (group.getSubcommands().containsKey(command.getCommandName())) {
                    throw new IllegalStateException("command '" + group.getCommandName() + " " + command.getCommandName()
                            + "' already exists");
                }
            }
        } catch (RuntimeException | LinkageError e) {
            host.catalog().fail(pluginId, PluginErrors.oneLine(e));
            return;
        }
        for (CommandLine command : commands) {
            group.addSubcommand(command);
        }
        for (CommandLine command : built) {
            describePermissions(group.getCommandName(), command, pluginId);
        }
    }

    // Known from the index when there is one, so that help agrees with what the index says of the plugin.
    private void describePermissions(String parent, CommandLine command, String pluginId) {
        String path = parent + " " + command.getCommandName();
        if (!command.getSubcommands().isEmpty()) {
            for (CommandLine sub : new LinkedHashSet<>(command.getSubcommands().values())) {
                describePermissions(path, sub, pluginId);
            }
            return;
        }
        Optional<CommandPermissions> known = host.catalog().permissions(path);
        CommandPermissions declared = known.isPresent() ? known.get()
                : new CommandPermissions(pluginId, path, DeclaredPermission.of(command.getCommand().getClass()));
        if (known.isEmpty()) {
            host.catalog().declare(declared);
        }
        PermissionSection.add(command, declared);
    }

    // picocli creates command objects lazily, during parsing; creating them now lets a throwing
    // constructor be blamed on its plugin instead of surfacing as a crash in the middle of a run.
    private static void instantiate(CommandLine command) {
        command.getCommand();
        for (CommandLine sub : command.getSubcommands().values()) {
            instantiate(sub);
        }
    }
}
