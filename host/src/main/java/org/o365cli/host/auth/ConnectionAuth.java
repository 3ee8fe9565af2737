package org.o365cli.host.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.o365cli.auth.AccessToken;
import org.o365cli.auth.Auth;
import org.o365cli.auth.ConnectionInfo;
import org.o365cli.auth.NotConnectedException;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;
import org.o365cli.auth.ResourceNotDeclaredException;
import org.o365cli.host.auth.claims.TokenClaims;
import org.o365cli.host.store.ConnectionSource;
import org.o365cli.host.store.LockedAction;
import org.o365cli.host.store.StoredConnection;
import org.o365cli.host.store.StoredToken;

/**
 * The {@link Auth} of one of a service's connections, as the reference document defines its two
 * methods. Renewal happens under the store's cross-process lock and re-reads the connection
 * first, so N processes that find the same token expired, or rejected, make one token request.
 *
 * <p>The connection is the one named by {@code --connection} (or {@code O365_CONNECTION}), else
 * the service's active one, chosen at first use and kept for the Auth's life: another process
 * that makes another connection active meanwhile does not switch a running command to it.
 */
public final class ConnectionAuth implements Auth {

    private final String service;
    private final String pluginId;
    private final String owner;
    private final Supplier<String> chosen;
    private volatile String pinned;
    private final List<String> declaredResources;
    private final ConnectionSource store;
    private final TokenIssuer issuer;
    private final Clock clock;
    private final Supplier<Duration> margin;
    private final java.util.function.Consumer<StoredConnection> onUse;

    /**
     * @param service           the service whose connection this is
     * @param pluginId          the plugin asking, for error messages
     * @param declaredResources the resources the plugin may ask for; null for user-driven host commands (any resource)
     * @param store             the connections: the store, or a connection {@code connect} has not stored yet
     * @param issuer            renews tokens
     * @param clock             the time
     * @param margin            how long before expiry a token counts as expired (read when first needed)
     */
    public ConnectionAuth(String service, String pluginId, List<String> declaredResources, ConnectionSource store,
                          TokenIssuer issuer, Clock clock, Supplier<Duration> margin) {
        this(new Binding(service, pluginId, null, () -> null), declaredResources, store, issuer, clock, margin,
                connection -> { });
    }

    /**
     * The same, for the connection and plugin the binding names, telling {@code onUse} of the
     * connection each time it is read, before any request is sent for it (so that a sandbox
     * connection's requests stay in process).
     */
    public ConnectionAuth(Binding binding, List<String> declaredResources, ConnectionSource store,
                          TokenIssuer issuer, Clock clock, Supplier<Duration> margin,
                          java.util.function.Consumer<StoredConnection> onUse) {
        this.onUse = onUse;
        this.service = binding.service();
        this.pluginId = binding.pluginId();
        this.owner = binding.owner();
        this.chosen = binding.connection();
        this.declaredResources = declaredResources == null ? null : List.copyOf(declaredResources);
        this.store = store;
        this.issuer = issuer;
        this.clock = clock;
        this.margin = margin;
    }

    @Override
    public AccessToken ensureAccessToken(Resource resource) {
        return ensureAccessToken(resource, false);
    }

    /**
     * {@link #ensureAccessToken(Resource)}, optionally renewing even a token that looks valid
     * (the API has just rejected it as invalid or expired).
     *
     * @param resource the connection's resource
     * @param forceNew true to renew whatever the cached token's expiry
     * @return a valid token
     */
    public AccessToken ensureAccessToken(Resource resource, boolean forceNew) {
        StoredConnection current = current();
        checkDeclared(resource, current);
        if (!current.resource().equals(resource.uri())) {
            throw new O365Exception("ensureAccessToken is for the connection's own resource " + current.resource()
                    + ", not " + resource + "; plugin '" + pluginId + "' should call getAccessToken for other resources");
        }
        return tokenFor(resource, current, forceNew);
    }

    @Override
    public AccessToken getAccessToken(String resourceOrUrl) {
        return getAccessToken(resourceOrUrl, false);
    }

    /**
     * {@link #getAccessToken(String)}, optionally ignoring cached tokens (for {@code util accesstoken get --new},
     * and after an API rejected the token).
     *
     * @param resourceOrUrl a resource or any URL on it
     * @param forceNew      true to ask the identity provider even when a cached token is valid
     * @return a token for that resource
     */
    public AccessToken getAccessToken(String resourceOrUrl, boolean forceNew) {
        Resource resource = Resource.fromUrl(resourceOrUrl);
        StoredConnection current = current();
        checkDeclared(resource, current);
        return tokenFor(resource, current, forceNew);
    }

    /**
     * The cached token unless it must be renewed; a renewal happens under the store's lock on the
     * newest copy of the connection, so that processes asking at once (forced or not) make one
     * token request: a token that changed meanwhile is new enough, even when forced.
     */
    private AccessToken tokenFor(Resource resource, StoredConnection current, boolean forceNew) {
        Optional<AccessToken> cached = cached(current, resource);
        if (!forceNew && cached.isPresent()) {
            return cached.get();
        }
        String rejected = forceNew ? stored(current, resource).map(StoredToken::accessToken).orElse(null) : null;
        return store.withLock(service, current.name(), fresh -> {
            StoredConnection connection = fresh.orElseThrow(() -> new NotConnectedException(service));
            Optional<AccessToken> now = cached(connection, resource);
            boolean renewedMeanwhile = rejected != null && now.isPresent() && !rejected.equals(now.get().value());
            if (now.isPresent() && (!forceNew || renewedMeanwhile)) {
                return LockedAction.Outcome.keep(now.get());
            }
            TokenSet tokens = issuer.issue(connection, resource);
            // A connection stored before plugins were recorded belongs, from now on, to the plugin that owns its service.
            StoredConnection owned = connection.pluginId() == null && owner != null ? connection.withPluginId(owner) : connection;
            return LockedAction.Outcome.replace(renewed(owned, resource, tokens),
                    new AccessToken(tokens.accessToken(), resource, tokens.expiresOn()));
        });
    }

    /**
     * The connection after a renewal. A token for its own resource replaces the main one, however
     * it was asked for. A token for another resource is kept beside it, and of the connection's
     * own fields only the refresh token changes, when the server rotated it (RFC 6749 section 6):
     * the old one may already be invalid.
     */
    private static StoredConnection renewed(StoredConnection connection, Resource resource, TokenSet tokens) {
        if (connection.resource().equals(resource.uri())) {
            return connection.withTokens(tokens.accessToken(), tokens.expiresOn(), tokens.refreshToken());
        }
        return connection.withTokens(connection.accessToken(), connection.expiresOn(), tokens.refreshToken())
                .withSecondaryToken(resource.uri(), new StoredToken(tokens.accessToken(), tokens.expiresOn()));
    }

    @Override
    public Resource inCloud(String declaredResource) {
        return Cloud.parse(current().cloud()).map(Resource.of(declaredResource));
    }

    @Override
    public ConnectionInfo connection() {
        StoredConnection c = current();
        return new ConnectionInfo(c.service(), Resource.of(c.resource()), c.connectedAs(), c.authType(), c.appId(),
                c.tenant(), c.cloud(), c.expiresOn(), c.properties());
    }

    private Optional<AccessToken> cached(StoredConnection connection, Resource resource) {
        return stored(connection, resource).filter(token -> isValid(token.accessToken(), token.expiresOn()))
                .map(token -> new AccessToken(token.accessToken(), resource, token.expiresOn()));
    }

    /** The connection's own token for its resource, else the one kept beside it. */
    private static Optional<StoredToken> stored(StoredConnection connection, Resource resource) {
        if (connection.resource().equals(resource.uri())) {
            return connection.accessToken() == null ? Optional.empty()
                    : Optional.of(new StoredToken(connection.accessToken(), connection.expiresOn()));
        }
        return Optional.ofNullable(connection.secondaryTokens().get(resource.uri()));
    }

    private StoredConnection current() {
        String name = pinned;
        StoredConnection connection = store.require(service, name != null ? name : chosen.get());
        if (owner != null && connection.pluginId() != null && !owner.equals(connection.pluginId())) {
            // Another plugin made it: its tokens and secrets are not this plugin's to use.
            throw new O365Exception("The " + service + " connection '" + connection.name() + "' was made with plugin '"
                    + connection.pluginId() + "', not '" + owner + "' which provides " + service + " now, so '" + owner
                    + "' may not use it; connect again with 'o365 " + service + " connect' to make one for it");
        }
        pinned = connection.name();
        onUse.accept(connection);
        return connection;
    }

    /**
     * What an Auth is for.
     *
     * @param service    the service whose connections it uses
     * @param pluginId   the plugin asking, for error messages
     * @param owner      the plugin that provides the service, the only one whose connections are used; null for
     *                   user-driven host commands, which may use any
     * @param connection the connection's name ({@code --connection}), or null for the active one; read at first use
     */
    public record Binding(String service, String pluginId, String owner, Supplier<String> connection) {
    }

    private boolean isValid(String token, Instant expiresOn) {
        return token != null && expiresOn != null && Instant.now(clock).plus(renewBefore(token)).isBefore(expiresOn);
    }

    /**
     * How long before expiry a token is renewed: the margin, or half the token's lifetime when
     * that is shorter, so that short-lived tokens (Keycloak's last 300 s) are not renewed before
     * every request. The lifetime is the token's own {@code exp - iat}, both from the issuer's
     * clock; a token that does not tell (not a JWT, encrypted) gets the margin.
     */
    private Duration renewBefore(String token) {
        Duration margin = this.margin.get();
        TokenClaims claims = TokenClaims.read(token);
        if (claims.issuedAt() == null || claims.expiresAt() == null || !claims.issuedAt().isBefore(claims.expiresAt())) {
            return margin;
        }
        Duration half = Duration.between(claims.issuedAt(), claims.expiresAt()).dividedBy(2);
        return half.compareTo(margin) < 0 ? half : margin;
    }

    // Plugins declare public-cloud names; the connection's cloud decides what they stand for.
    private void checkDeclared(Resource resource, StoredConnection connection) {
        if (declaredResources == null) {
            return;
        }
        Cloud cloud = Cloud.parse(connection.cloud());
        if (declaredResources.stream().map(cloud::map).anyMatch(resource::matches)) {
            return;
        }
        if (declaredResources.stream().anyMatch(resource::matches)) {
            throw new ResourceNotDeclaredException(pluginId, service, resource, cloud.name(), cloud.map(resource));
        }
        throw new ResourceNotDeclaredException(pluginId, service, resource);
    }
}
