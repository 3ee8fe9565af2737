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
import org.o365cli.host.store.ConnectionStore;
import org.o365cli.host.store.LockedAction;
import org.o365cli.host.store.StoredConnection;
import org.o365cli.host.store.StoredToken;

/**
 * The {@link Auth} of one service's connection, as the reference document defines its two
 * methods. Renewal happens under the store's cross-process lock and re-reads the connection
 * first, so N processes that find the same token expired make one token request.
 */
public final class ConnectionAuth implements Auth {

    private final String service;
    private final String pluginId;
    private final List<String> declaredResources;
    private final ConnectionStore store;
    private final TokenIssuer issuer;
    private final Clock clock;
    private final Supplier<Duration> margin;
    private final java.util.function.Consumer<StoredConnection> onUse;

    /**
     * @param service           the service whose connection this is
     * @param pluginId          the plugin asking, for error messages
     * @param declaredResources the resources the plugin may ask for; null for user-driven host commands (any resource)
     * @param store             the connections
     * @param issuer            renews tokens
     * @param clock             the time
     * @param margin            how long before expiry a token counts as expired (read when first needed)
     */
    public ConnectionAuth(String service, String pluginId, List<String> declaredResources, ConnectionStore store,
                          TokenIssuer issuer, Clock clock, Supplier<Duration> margin) {
        this(service, pluginId, declaredResources, store, issuer, clock, margin, connection -> { });
    }

    /**
     * The same, telling {@code onUse} of the connection each time it is read, before any request
     * is sent for it (so that a sandbox connection's requests stay in process).
     */
    public ConnectionAuth(String service, String pluginId, List<String> declaredResources, ConnectionStore store,
                          TokenIssuer issuer, Clock clock, Supplier<Duration> margin,
                          java.util.function.Consumer<StoredConnection> onUse) {
        this.onUse = onUse;
        this.service = service;
        this.pluginId = pluginId;
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
        if (!forceNew && isValid(current.accessToken(), current.expiresOn())) {
            return new AccessToken(current.accessToken(), resource, current.expiresOn());
        }
        String rejected = forceNew ? current.accessToken() : null;
        return store.withLock(service, fresh -> {
            StoredConnection connection = fresh.orElseThrow(() -> new NotConnectedException(service));
            // A token another process renewed meanwhile is new enough, even when forced.
            boolean renewedMeanwhile = rejected != null && !rejected.equals(connection.accessToken());
            if ((rejected == null || renewedMeanwhile) && isValid(connection.accessToken(), connection.expiresOn())) {
                return LockedAction.Outcome.keep(new AccessToken(connection.accessToken(), resource, connection.expiresOn()));
            }
            TokenSet tokens = issuer.issue(connection, resource);
            StoredConnection renewed = connection.withTokens(tokens.accessToken(), tokens.expiresOn(), tokens.refreshToken());
            return LockedAction.Outcome.replace(renewed, new AccessToken(tokens.accessToken(), resource, tokens.expiresOn()));
        });
    }

    @Override
    public AccessToken getAccessToken(String resourceOrUrl) {
        return getAccessToken(resourceOrUrl, false);
    }

    /**
     * {@link #getAccessToken(String)}, optionally ignoring cached tokens (for {@code util accesstoken get --new}).
     *
     * @param resourceOrUrl a resource or any URL on it
     * @param forceNew      true to ask the identity provider even when a cached token is valid
     * @return a token for that resource
     */
    public AccessToken getAccessToken(String resourceOrUrl, boolean forceNew) {
        Resource resource = Resource.fromUrl(resourceOrUrl);
        StoredConnection current = current();
        checkDeclared(resource, current);
        Optional<AccessToken> cached = forceNew ? Optional.empty() : cached(current, resource);
        if (cached.isPresent()) {
            return cached.get();
        }
        return store.withLock(service, fresh -> {
            StoredConnection connection = fresh.orElseThrow(() -> new NotConnectedException(service));
            Optional<AccessToken> refreshed = forceNew ? Optional.empty() : cached(connection, resource);
            if (refreshed.isPresent()) {
                return LockedAction.Outcome.keep(refreshed.get());
            }
            TokenSet tokens = issuer.issue(connection, resource);
            // Kept beside the connection; its own fields, the refresh token included, stay as they are.
            StoredConnection withToken = connection.withSecondaryToken(resource.uri(),
                    new StoredToken(tokens.accessToken(), tokens.expiresOn()));
            return LockedAction.Outcome.replace(withToken, new AccessToken(tokens.accessToken(), resource, tokens.expiresOn()));
        });
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
        if (connection.resource().equals(resource.uri()) && isValid(connection.accessToken(), connection.expiresOn())) {
            return Optional.of(new AccessToken(connection.accessToken(), resource, connection.expiresOn()));
        }
        StoredToken secondary = connection.secondaryTokens().get(resource.uri());
        if (secondary != null && isValid(secondary.accessToken(), secondary.expiresOn())) {
            return Optional.of(new AccessToken(secondary.accessToken(), resource, secondary.expiresOn()));
        }
        return Optional.empty();
    }

    private StoredConnection current() {
        StoredConnection connection = store.get(service).orElseThrow(() -> new NotConnectedException(service));
        onUse.accept(connection);
        return connection;
    }

    private boolean isValid(String token, Instant expiresOn) {
        return token != null && expiresOn != null && Instant.now(clock).plus(margin.get()).isBefore(expiresOn);
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
