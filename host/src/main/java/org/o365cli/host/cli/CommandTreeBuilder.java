package org.o365cli.host.cli;

import java.util.Optional;
import java.util.function.Supplier;
import org.o365cli.host.auth.ConnectionPicker;
import org.o365cli.host.http.PluginHttp;
import org.o365cli.host.auth.status.LogoutCommand;
import org.o365cli.host.auth.status.StatusCommand;
import org.o365cli.host.config.ConfigCommand;
import org.o365cli.host.config.ConfigGetCommand;
import org.o365cli.host.config.ConfigListCommand;
import org.o365cli.host.config.ConfigResetCommand;
import org.o365cli.host.config.ConfigSetCommand;
import org.o365cli.host.config.ConfigStore;
import org.o365cli.host.config.HostEnvironment;
import org.o365cli.host.plugin.LoadedService;
import org.o365cli.host.sandbox.SandboxCommand;
import org.o365cli.host.plugin.PluginCatalog;
import org.o365cli.host.plugin.PluginsCommand;
import org.o365cli.host.plugin.PluginsInfoCommand;
import org.o365cli.host.plugin.PluginsListCommand;
import org.o365cli.host.plugin.install.PluginFolder;
import org.o365cli.host.plugin.install.PluginsDisableCommand;
import org.o365cli.host.plugin.install.PluginsEnableCommand;
import org.o365cli.host.plugin.install.PluginsInstallCommand;
import org.o365cli.host.plugin.install.PluginsUninstallCommand;
import org.o365cli.host.plugin.install.PluginsUpdateCommand;
import org.o365cli.host.plugin.ServiceSummary;
import org.o365cli.host.request.RequestCommand;
import org.o365cli.host.setup.Confirmer;
import org.o365cli.host.setup.InstalledPermissions;
import org.o365cli.host.setup.SetupCommand;
import org.o365cli.host.setup.SetupServices;
import org.o365cli.auth.AccessToken;
import org.o365cli.host.resident.ResidentCommand;
import org.o365cli.host.resident.ResidentStatusCommand;
import org.o365cli.host.resident.ResidentStopCommand;
import org.o365cli.host.util.AccessTokenCommand;
import org.o365cli.host.util.AccessTokenGetCommand;
import org.o365cli.host.util.UtilCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Builds {@code o365 <service> <command>…} from the host's own commands and the plugins'
 * services and contributions. A plugin whose command classes cannot be built is recorded as
 * failed in the catalog and left out; the rest of the tree is unaffected.
 */
final class CommandTreeBuilder {
    // No lambda or method reference here names a picocli type: picocli's class files are of Java 5, and the class
    // data cache leaves all of picocli out once assembling it links one (see WorkingDirConverters).

    private final HostServices host;

    CommandTreeBuilder(HostServices host) {
        this.host = host;
    }

    CommandLine build(TreeScope scope) {
        PluginCatalog catalog = host.catalog();
        ConfigStore config = host.config();
        CommandLine root = new CommandLine(new RootCommand(host.global()));
        root.getCommandSpec().version(VersionFlag.text(host.environment().version()));
        hostCommand(root, scope, VersionCommand.class, () -> new VersionCommand(host.environment()));
        hostCommand(root, scope, StatusCommand.class, () -> new StatusCommand(host.connections()));
        hostCommand(root, scope, LogoutCommand.class, () -> new LogoutCommand(host.connections(), host.err()));
        ConnectionPicker picker = new ConnectionPicker(host.connections(), catalog, host.authentication()::chosen);
        hostCommand(root, scope, RequestCommand.class,
                () -> new RequestCommand(picker, host.authentication(), host.wiring().http(), host.json()));
        hostCommand(root, scope, UtilCommand.class, () -> new CommandLine(new UtilCommand())
                .addSubcommand(new CommandLine(new AccessTokenCommand())
                        .addSubcommand(new AccessTokenGetCommand(picker, host.authentication()))));
        hostCommand(root, scope, SandboxCommand.class, () -> SandboxCommand.tree(host.environment().home()));
        hostCommand(root, scope, SetupCommand.class, () -> new SetupCommand(setupServices()));
        hostCommand(root, scope, PluginsCommand.class, () -> pluginsCommand());
        hostCommand(root, scope, CliCommand.class, () -> new CommandLine(new CliCommand())
                .addSubcommand(new CommandLine(new ConfigCommand())
                        .addSubcommand(new ConfigGetCommand(config))
                        .addSubcommand(new ConfigSetCommand(config))
                        .addSubcommand(new ConfigListCommand(config))
                        .addSubcommand(new ConfigResetCommand(config)))
                .addSubcommand(new CompletionCommand())
                .addSubcommand(new CommandLine(new ResidentCommand())
                        .addSubcommand(new ResidentStatusCommand(host.environment().home()))
                        .addSubcommand(new ResidentStopCommand(host.environment().home()))));
        // picocli routes on the first word: when it names a service, the others are not needed at all, so the run
        // costs the same however many plugins are installed.
        boolean namesService = scope.service() != null && !scope.all() && catalog.summary(scope.service()).isPresent();
        for (ServiceSummary summary : catalog.summaries()) {
            if (namesService && !scope.includes(summary.name())) {
                continue;
            }
            // A service outside the scope is a bare group: its name and description, no plugin code.
            Optional<LoadedService> loaded = scope.includes(summary.name()) ? catalog.service(summary.name()) : Optional.empty();
            CommandLine command = loaded.isPresent() ? new ServiceTreeBuilder(host).build(loaded.get(), scope.command())
                    : CommandPick.nameOnly(summary.name(), summary.description());
            // Building its commands may have shown the service's own plugin to be broken.
            if (host.catalog().summary(summary.name()).isPresent()) {
                root.addSubcommand(summary.name(), command);
            }
        }
        return root;
    }

    private SetupServices setupServices() {
        Confirmations confirmations = new Confirmations(host.terminal(), host.err());
        Confirmer confirmer = new Confirmer() {
            @Override
            public void requireWayToAsk(boolean yes) {
                confirmations.requireWayToAsk(yes, "change the tenant", "--yes");
            }

            @Override
            public boolean confirm(boolean yes, String action) {
                return confirmations.confirm(yes, action, "--yes");
            }
        };
        return new SetupServices(host.wiring().adminSignIn(), session -> new PluginHttp(host.wiring().http(),
                request -> forceNew -> new AccessToken(session.accessToken(), session.cloud().graph(), session.expiresOn()),
                host.json()), () -> new InstalledPermissions(host.catalog()), host.config(), host.environment().home(),
                confirmer, host.err(), host.json().get(), java.time.Clock.systemUTC());
    }

    // picocli reads a command's every field and method when it is added, which loads the types they
    // name (java.net.http for request, …); a host command this run does not invoke is added as its
    // name and description only, read from its @Command annotation.
    private static void hostCommand(CommandLine root, TreeScope scope, Class<?> type, Supplier<Object> command) {
        Command annotation = type.getAnnotation(Command.class);
        String name = annotation.name();
        if (scope.all() || name.equals(scope.service())) {
            root.addSubcommand(name, command.get());
        } else {
            root.addSubcommand(name, CommandPick.nameOnly(name, annotation.description()));
        }
    }

    private CommandLine pluginsCommand() {
        Confirmations confirmations = new Confirmations(host.terminal(), host.err());
        PluginFolder folder = PluginFolder.of(host.environment(), host.catalog(), host.json(), host.wiring().http(),
                (yes, action) -> confirmations.confirm(yes, action, "--yes"), host.err());
        return new CommandLine(new PluginsCommand())
                .addSubcommand(new PluginsListCommand(host.catalog()))
                .addSubcommand(new PluginsInfoCommand(host.catalog()))
                .addSubcommand(new PluginsInstallCommand(folder))
                .addSubcommand(new PluginsUpdateCommand(folder))
                .addSubcommand(new PluginsUninstallCommand(folder))
                .addSubcommand(new PluginsEnableCommand(folder))
                .addSubcommand(new PluginsDisableCommand(folder));
    }
}
