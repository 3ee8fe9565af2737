package org.o365cli.auth;

import java.time.Instant;
import java.util.Map;

/**
 * What a command may know of its service's connection: never a token or a secret.
 *
 * @param service     the service name, e.g. {@code spo}
 * @param resource    the connection's own resource
 * @param connectedAs the user or application read from the token's claims
 * @param authType    how the connection signed in, e.g. {@code deviceCode}
 * @param appId       the Azure AD application (client) id used
 * @param tenant      the tenant id or domain
 * @param cloud       the cloud, e.g. {@code Public}
 * @param expiresOn   when the cached access token expires
 * @param properties  service properties kept at connect, e.g. spo's {@code url} and {@code tenantId}
 */
public record ConnectionInfo(String service, Resource resource, String connectedAs, String authType,
                             String appId, String tenant, String cloud, Instant expiresOn,
                             Map<String, String> properties) {

    /** Makes the properties immutable. */
    public ConnectionInfo {
        properties = Map.copyOf(properties);
    }
}
