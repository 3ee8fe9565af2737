package org.o365cli.host.store;

import java.time.Instant;
import java.util.Map;

/**
 * One of a service's connections as {@code connections.json} keeps it. {@code toString} shows no
 * token or secret.
 *
 * @param service         the service, e.g. {@code spo}
 * @param authType        the {@code --authType} id, e.g. {@code deviceCode}
 * @param appId           the application (client) id
 * @param tenant          the tenant as given ({@code common}, a domain or a GUID)
 * @param cloud           the cloud name, e.g. {@code Public}
 * @param authority       the {@code --authority} issuer URL, or null for the cloud's Azure AD
 * @param resource        the connection's own resource, e.g. {@code https://contoso-admin.sharepoint.com}
 * @param accessToken     the access token for {@code resource}
 * @param expiresOn       when it expires
 * @param refreshToken    the newest refresh token, or null (app-only flows)
 * @param connectedAs     the user or app, read from the token's claims
 * @param tenantId        the {@code tid} claim, or null
 * @param objectId        the {@code oid} claim, or null
 * @param properties      service properties kept at connect (spo: {@code url}, {@code tenantId})
 * @param credential      what app-only flows need to renew
 * @param secondaryTokens access tokens for other resources obtained with getAccessToken, by resource URI
 * @param name            the connection's name among the service's connections, or null until it is stored
 *                        (the store then derives one, {@link ConnectionNames})
 * @param pluginId        the plugin that provided the service when the connection was made; only that plugin's
 *                        commands may use it. Null for a connection stored before o365 recorded it
 */
public record StoredConnection(String service, String authType, String appId, String tenant, String cloud,
                               String authority, String resource, String accessToken, Instant expiresOn,
                               String refreshToken, String connectedAs, String tenantId, String objectId,
                               Map<String, String> properties, StoredCredential credential,
                               Map<String, StoredToken> secondaryTokens, String name, String pluginId) {

    /** Copies the maps; absent ones become empty. */
    public StoredConnection {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        credential = credential == null ? StoredCredential.NONE : credential;
        secondaryTokens = secondaryTokens == null ? Map.of() : Map.copyOf(secondaryTokens);
    }

    /** A connection without a name yet (the store derives one) and without its plugin recorded. */
    public StoredConnection(String service, String authType, String appId, String tenant, String cloud,
                            String authority, String resource, String accessToken, Instant expiresOn,
                            String refreshToken, String connectedAs, String tenantId, String objectId,
                            Map<String, String> properties, StoredCredential credential,
                            Map<String, StoredToken> secondaryTokens) {
        this(service, authType, appId, tenant, cloud, authority, resource, accessToken, expiresOn, refreshToken,
                connectedAs, tenantId, objectId, properties, credential, secondaryTokens, null, null);
    }

    /** The same connection with a renewed access token and, when the server rotated it, refresh token. */
    public StoredConnection withTokens(String newAccessToken, Instant newExpiresOn, String newRefreshToken) {
        return new StoredConnection(service, authType, appId, tenant, cloud, authority, resource, newAccessToken,
                newExpiresOn, newRefreshToken == null ? refreshToken : newRefreshToken, connectedAs, tenantId, objectId,
                properties, credential, secondaryTokens, name, pluginId);
    }

    /**
     * The same connection with a token for another resource kept beside it. The connection's own
     * fields stay as they are (a refresh token the server rotated is kept with {@link #withTokens}).
     */
    public StoredConnection withSecondaryToken(String otherResource, StoredToken token) {
        Map<String, StoredToken> tokens = new java.util.HashMap<>(secondaryTokens);
        tokens.put(otherResource, token);
        return new StoredConnection(service, authType, appId, tenant, cloud, authority, resource, accessToken,
                expiresOn, refreshToken, connectedAs, tenantId, objectId, properties, credential, tokens, name, pluginId);
    }

    /** The same connection under another name. */
    public StoredConnection withName(String newName) {
        return new StoredConnection(service, authType, appId, tenant, cloud, authority, resource, accessToken,
                expiresOn, refreshToken, connectedAs, tenantId, objectId, properties, credential, secondaryTokens, newName,
                pluginId);
    }

    /** The same connection, recorded as made for the plugin {@code id}. */
    public StoredConnection withPluginId(String id) {
        return new StoredConnection(service, authType, appId, tenant, cloud, authority, resource, accessToken,
                expiresOn, refreshToken, connectedAs, tenantId, objectId, properties, credential, secondaryTokens, name, id);
    }

    /** The same connection with other service properties (connect's after-step adds some). */
    public StoredConnection withProperties(Map<String, String> newProperties) {
        return new StoredConnection(service, authType, appId, tenant, cloud, authority, resource, accessToken,
                expiresOn, refreshToken, connectedAs, tenantId, objectId, newProperties, credential, secondaryTokens, name,
                pluginId);
    }

    @Override
    public String toString() {
        return "StoredConnection[service=" + service + ", name=" + name + ", pluginId=" + pluginId + ", authType=" + authType + ", appId=" + appId + ", tenant=" + tenant
                + ", resource=" + resource + ", connectedAs=" + connectedAs + ", expiresOn=" + expiresOn
                + ", tokens=<redacted>, credential=" + credential + "]";
    }
}
