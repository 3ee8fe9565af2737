package org.o365cli.host.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.o365cli.host.plugin.LoadedContribution;
import org.o365cli.host.plugin.LoadedService;
import org.o365cli.host.store.ConnectionSource;
import org.o365cli.host.store.ConnectionStore;
import org.o365cli.host.store.StoredConnection;

/**
 * Hands out {@link ConnectionAuth}s: bound to a service's declared resources for plugin commands,
 * unrestricted for the user-driven host commands ({@code request}, {@code util accesstoken get}),
 * whose tokens the HTTP stack still sends only to their own origin.
 */
public final class Authentication {

    private final ConnectionStore store;
    private final TokenIssuer issuer;
    private final Clock clock;
    private final Supplier<Duration> margin;
    private final Consumer<StoredConnection> onUse;
    private final Supplier<String> chosen;

    /**
     * @param store  the connections
     * @param issuer renews tokens
     * @param clock  the time
     * @param margin how long before expiry a token counts as expired
     */
    public Authentication(ConnectionStore store, TokenIssuer issuer, Clock clock, Supplier<Duration> margin) {
        this(store, issuer, clock, margin, connection -> { }, () -> null);
    }

    /**
     * @param store  the connections
     * @param issuer renews tokens
     * @param clock  the time
     * @param margin how long before expiry a token counts as expired
     * @param onUse  told of each connection a command reads, before any request is sent for it
     * @param chosen the connection name given with {@code --connection} or {@code O365_CONNECTION}, or null for
     *               each service's active one; read when a command first uses its Auth
     */
    public Authentication(ConnectionStore store, TokenIssuer issuer, Clock clock, Supplier<Duration> margin,
                          Consumer<StoredConnection> onUse, Supplier<String> chosen) {
        this.chosen = chosen;
        this.store = store;
        this.issuer = issuer;
        this.clock = clock;
        this.margin = margin;
        this.onUse = onUse;
    }

    /**
     * The Auth of a plugin's commands: the service's connection, the resources the service and
     * the plugin's contribution declared.
     *
     * @param service      the service
     * @param contribution the contribution the commands come from, or null for the service's own
     * @return the Auth
     */
    public ConnectionAuth forPlugin(LoadedService service, LoadedContribution contribution) {
        return forPlugin(service, contribution, store);
    }

    /**
     * The same Auth on another source of the connection: {@code connect}'s after-step works on the
     * connection it has signed in and not stored yet.
     *
     * @param service      the service
     * @param contribution the contribution the commands come from, or null for the service's own
     * @param source       where the connection is read and its renewals kept
     * @return the Auth
     */
    public ConnectionAuth forPlugin(LoadedService service, LoadedContribution contribution, ConnectionSource source) {
        List<String> resources = new ArrayList<>(service.declaredResources());
        String pluginId = service.pluginId();
        if (contribution != null) {
            resources.addAll(contribution.resources());
            pluginId = contribution.pluginId();
        }
        // The after-step of connect uses the connection being made, whatever --connection says.
        Supplier<String> name = source == store ? chosen : () -> null;
        return new ConnectionAuth(new ConnectionAuth.Binding(service.name(), pluginId, service.pluginId(), name), resources,
                source, issuer, clock, margin, onUse);
    }

    /**
     * The Auth of a user-driven host command on a connection: any resource.
     *
     * @param connection the connection to use
     * @return the Auth
     */
    public ConnectionAuth forUser(StoredConnection connection) {
        String name = connection.name();
        return new ConnectionAuth(new ConnectionAuth.Binding(connection.service(), "o365", null, () -> name), null, store,
                issuer, clock, margin, onUse);
    }

    /** The connection name chosen for this run ({@code --connection}, {@code O365_CONNECTION}), or null. */
    public String chosen() {
        return chosen.get();
    }
}
