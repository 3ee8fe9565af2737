package org.o365cli.host.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.o365cli.auth.CommandContext;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.Authentication;
import org.o365cli.host.auth.Cloud;
import org.o365cli.host.auth.RenewingIssuer;
import org.o365cli.host.auth.TokenIssuer;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.auth.aad.AuthorityResolver;
import org.o365cli.host.auth.aad.DiscoveryCache;
import org.o365cli.host.auth.aad.JsonExchange;
import org.o365cli.host.auth.aad.TokenEndpoint;
import org.o365cli.host.auth.certificate.CertificateLoader;
import org.o365cli.host.auth.connect.ConnectPlan;
import org.o365cli.host.auth.connect.Connector;
import org.o365cli.host.auth.connect.SignInConnector;
import org.o365cli.host.auth.identity.ManagedIdentityPlatform;
import org.o365cli.host.auth.refresh.TokenRenewal;
import org.o365cli.host.auth.signin.SignInFlows;
import org.o365cli.host.config.ConfigKey;
import org.o365cli.host.config.HostEnvironment;
import org.o365cli.host.config.JsonMapper;
import org.o365cli.host.config.Lazy;
import org.o365cli.host.config.Settings;
import org.o365cli.host.http.HttpSettings;
import org.o365cli.host.http.HttpStack;
import org.o365cli.host.http.HttpTrace;
import org.o365cli.host.http.Redactor;
import org.o365cli.host.http.Sleeper;
import org.o365cli.host.http.TlsSetup;
import org.o365cli.host.http.TransportRoute;
import org.o365cli.host.plugin.LoadedService;
import org.o365cli.host.sandbox.SandboxSignIn;
import org.o365cli.host.sandbox.SandboxTransport;
import org.o365cli.host.store.ConnectionSource;
import org.o365cli.host.store.ConnectionStore;
import org.o365cli.sandbox.Sandbox;

/**
 * Puts the auth core together: one HTTP stack for token and API traffic, the sign-in flows and
 * renewal on top of it. Everything is made on first use, after the command line is parsed (so
 * {@code --debug} is known) and only by commands that need the network.
 */
final class AuthWiring {

    private final HostEnvironment environment;
    private final Settings settings;
    private final ConnectionStore store;
    private final GlobalOptions global;
    private final java.io.PrintWriter err;
    private final CancellationFlag cancellation;
    private final Redactor redactor;
    private final ManagedIdentityPlatform identity;
    private final Lazy<Sandbox> sandbox;
    private final TransportRoute route;
    private final TlsSetup tls;
    private final Lazy<HttpStack> http = new Lazy<>(this::newHttpStack);
    private final Lazy<SignInFlows> flows = new Lazy<>(this::newFlows);

    AuthWiring(HostEnvironment environment, Settings settings, ConnectionStore store, GlobalOptions global,
               java.io.PrintWriter err, CancellationFlag cancellation, Redactor redactor, ManagedIdentityPlatform identity) {
        this.environment = environment;
        this.settings = settings;
        this.store = store;
        this.global = global;
        this.err = err;
        this.cancellation = cancellation;
        this.redactor = redactor;
        this.identity = identity;
        this.sandbox = new Lazy<>(() -> Sandbox.open(environment.home()));
        this.route = new TransportRoute(() -> new SandboxTransport(sandbox::get));
        this.tls = new TlsSetup(environment.variables());
    }

    /**
     * Starts making what an API command needs first, on another thread, when the command line asks for one ({@link NetworkAhead}).
     *
     * @param args      the command line
     * @param isService whether a name is a service's (the command index's)
     */
    void prepareAhead(String[] args, java.util.function.Predicate<String> isService) {
        if (NetworkAhead.wanted(args, isService)) {
            // Two threads: the stack needs its TLS context, and its first call the store, at about the same time.
            NetworkAhead.start(java.util.List.of(tls::prepare, TlsSetup::readPublicAnchors));
            NetworkAhead.start(java.util.List.of(store::prepare));
        }
    }

    /** The HTTP stack, made on first use. */
    Lazy<HttpStack> http() {
        return http;
    }

    /** The Auths of plugin and user commands. */
    Authentication authentication() {
        TokenIssuer issuer = (connection, resource) -> {
            // What the store kept is as secret as what was typed at connect: a server may echo it.
            redactor.register(connection.refreshToken());
            redactor.register(connection.credential().clientSecret());
            redactor.register(connection.credential().certificatePem());
            // Renewal runs under the store's lock: all its requests share one deadline, which bounds the hold.
            TokenSet tokens = http.get().withinOneDeadline(() -> new RenewingIssuer(renewal(), authorities(),
                    new CertificateLoader(), environment.variables()).issue(connection, resource));
            redactor.register(tokens.refreshToken());
            redactor.register(tokens.accessToken());
            return tokens;
        };
        return new Authentication(store, issuer, Clock.systemUTC(), this::margin, connection -> {
            if (Cloud.Sandbox.name().equals(connection.cloud())) {
                route.useSandbox();
            }
        }, this::chosenConnection);
    }

    /** The connection named for this run: {@code --connection}, else {@code O365_CONNECTION}, else null (the active ones). */
    private String chosenConnection() {
        if (global.connection() != null) {
            return global.connection().trim();
        }
        String variable = environment.variables().get("O365_CONNECTION");
        return variable == null || variable.isBlank() ? null : variable.trim();
    }

    /** Signs in for {@code connect}; {@code contexts} gives a service's context, on a connection not stored yet, for its after-connect step. */
    Connector connector(BiFunction<LoadedService, ConnectionSource, CommandContext> contexts) {
        return (plan, service) -> {
            ConnectPlan effective = plan;
            if (plan.cloud() == Cloud.Sandbox) {
                route.useSandbox();
                effective = SandboxSignIn.withAdminPassword(plan, sandbox.get());
                redactor.register(effective.password());
            }
            return new SignInConnector(flows.get(), authorities(), new CertificateLoader(), store, contexts)
                    .connect(effective, service);
        };
    }

    /**
     * The administrator's sign-in of {@code o365 setup}: Microsoft Graph Command Line Tools asking Graph's
     * permissions by name; in the sandbox its administrator by password unless an auth type is given.
     */
    org.o365cli.host.setup.AdminSignIn adminSignIn() {
        return (useSandbox, authType, tenant, permissions) -> {
            Cloud cloud = useSandbox ? Cloud.Sandbox : Cloud.Public;
            AuthType type = authType != null ? authType : useSandbox ? AuthType.PASSWORD : AuthType.DEVICE_CODE;
            String user = null;
            String password = null;
            if (useSandbox) {
                route.useSandbox();
                if (type == AuthType.PASSWORD) {
                    user = Sandbox.ADMIN;
                    password = sandbox.get().status().password();
                    redactor.register(password);
                }
            }
            String authority = tenant != null ? tenant.trim() : useSandbox ? Sandbox.TENANT : "organizations";
            TokenSet tokens = flows.get().signIn(new org.o365cli.host.auth.SignInRequest(type,
                    org.o365cli.host.setup.AdminSignIn.CLIENT_ID, authority, authorities().resolve(cloud.authority(authority)),
                    cloud.graph(), user, password, null, null, null, null, environment.variables(), permissions));
            redactor.register(tokens.accessToken());
            redactor.register(tokens.refreshToken());
            org.o365cli.host.auth.claims.TokenClaims claims = org.o365cli.host.auth.claims.TokenClaims.read(tokens.accessToken());
            return new org.o365cli.host.setup.AdminSignIn.Session(tokens.accessToken(), tokens.expiresOn(), claims.tenantId(),
                    claims.connectedAs(), cloud);
        };
    }

    private TokenRenewal renewal() {
        return new TokenRenewal(new TokenEndpoint(new JsonExchange(NimbusSenders.over(http.get())), Clock.systemUTC()),
                flows.get());
    }

    private AuthorityResolver authorities() {
        return new AuthorityResolver(new JsonExchange(NimbusSenders.over(http.get())), Optional.of(
                new DiscoveryCache(environment.home().resolve("discovery.json"), new JsonMapper().get(), Clock.systemUTC())));
    }

    private Duration margin() {
        return Duration.ofSeconds(settings.value(ConfigKey.TOKEN_RENEWAL_MARGIN).map(Integer::parseInt).orElse(300));
    }

    private SignInFlows newFlows() {
        return SignInFlows.standard(NimbusSenders.over(http.get()), message -> {
            err.println(message);
            err.flush();
        }, cancellation, identity, redactor::register);
    }

    private HttpStack newHttpStack() {
        HttpTrace.Level level = global.debug() ? HttpTrace.Level.DEBUG
                : global.verbose() ? HttpTrace.Level.VERBOSE : HttpTrace.Level.OFF;
        return new HttpStack(HttpSettings.fromEnvironment(httpVariables()), Clock.systemUTC(), Sleeper.system(),
                new HttpTrace(err, level, redactor), environment.version(), route, tls);
    }

    /** The environment, with the HTTP settings of {@code cli config} where no variable overrides them. */
    private Map<String, String> httpVariables() {
        Map<String, String> variables = new HashMap<>(environment.variables());
        for (ConfigKey key : ConfigKey.values()) {
            key.environmentVariable().filter(name -> name.startsWith("O365_HTTP_"))
                    .ifPresent(name -> settings.value(key).ifPresent(value -> variables.put(name, value)));
        }
        return variables;
    }
}
