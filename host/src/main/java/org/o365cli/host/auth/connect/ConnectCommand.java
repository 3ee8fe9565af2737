package org.o365cli.host.auth.connect;

import java.util.Map;
import java.util.concurrent.Callable;
import org.o365cli.auth.ConnectResource;
import org.o365cli.host.config.Settings;
import org.o365cli.host.http.Redactor;
import org.o365cli.host.plugin.LoadedService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code o365 <service> connect}: signs in and stores the service's connection. The only command
 * that may prompt (device code instructions, the browser). A service whose resource comes from a
 * URL (spo) gets a positional {@code <siteUrl>} parameter, labelled as the service declares it.
 */
@Command(name = "connect", description = "Sign in and keep a named connection for this service, made its active one; "
        + "the service's other connections and other services are not touched.",
        footer = {"", "Examples:", "  o365 graph connect --appId <client id>",
                "  o365 spo connect https://contoso-admin.sharepoint.com --appId <id> --authType browser",
                "  o365 graph connect --authType secret --appId <id> --tenant contoso.onmicrosoft.com --secret \"$SECRET\"",
                "  o365 graph connect --cloud USGovHigh --appId <id>",
                "  o365 graph connect --authType identity --objectId <principal id>   # a user-assigned managed identity",
                "  o365 spo connect https://contoso.sharepoint.us --appId <id>   # USGovHigh",
                "  o365 graph connect --appId <id> --tenant fabrikam.onmicrosoft.com --name fabrikam   # a second tenant",
                "See docs/authentication.md for every sign-in type."})
public final class ConnectCommand implements Callable<Map<String, Object>> {

    @Mixin
    ConnectOptions options;

    @Spec
    CommandSpec spec;

    private String url;
    private final java.util.Set<String> flags = new java.util.TreeSet<>();

    private final LoadedService service;
    private final Settings settings;
    private final Map<String, String> environment;
    private final Connector connector;
    private final Redactor redactor;

    private ConnectCommand(LoadedService service, Settings settings, Map<String, String> environment, Connector connector,
                           Redactor redactor) {
        this.service = service;
        this.settings = settings;
        this.environment = environment;
        this.connector = connector;
        this.redactor = redactor;
    }

    /**
     * The {@code connect} command of one service.
     *
     * @param service     the service
     * @param settings    defaults from the environment and config
     * @param environment environment variables
     * @param connector   signs in and stores
     * @param redactor    learns the secrets given, so that no output shows them
     * @return the command, with a URL parameter when the service takes one
     */
    public static CommandLine of(LoadedService service, Settings settings, Map<String, String> environment,
                                 Connector connector, Redactor redactor) {
        ConnectCommand command = new ConnectCommand(service, settings, environment, connector, redactor);
        CommandLine commandLine = new CommandLine(command);
        if (service.connectResource() instanceof ConnectResource.FromUrlArgument argument) {
            commandLine.getCommandSpec().addPositional(PositionalParamSpec.builder()
                    .index("0").arity("1").required(true).paramLabel(argument.label()).type(String.class)
                    .description(argument.description())
                    .setter(new CommandLine.Model.ISetter() {
                        @Override
                        @SuppressWarnings("unchecked")
                        public <T> T set(T value) {
                            T previous = (T) command.url;
                            command.url = (String) value;
                            return previous;
                        }
                    }).build());
        }
        for (org.o365cli.auth.ConnectFlag flag : service.connectFlags()) {
            commandLine.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("--" + flag.name())
                    .arity("0").type(boolean.class).description(flag.description())
                    .setter(new CommandLine.Model.ISetter() {
                        @Override
                        public <T> T set(T value) {
                            if (Boolean.TRUE.equals(value)) {
                                command.flags.add(flag.name());
                            }
                            return null;
                        }
                    }).build());
        }
        return commandLine;
    }

    @Override
    public Map<String, Object> call() {
        redactor.register(options.password);
        redactor.register(options.secret);
        redactor.register(options.certificateBase64Encoded);
        ConnectPlan plan;
        try {
            plan = ConnectRules.plan(service, url, flags, options, settings, environment);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return ConnectionViews.of(connector.connect(plan, service));
    }
}
