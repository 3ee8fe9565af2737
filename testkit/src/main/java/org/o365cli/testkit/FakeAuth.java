package org.o365cli.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.o365cli.auth.AccessToken;
import org.o365cli.auth.Auth;
import org.o365cli.auth.ConnectionInfo;
import org.o365cli.auth.NotConnectedException;
import org.o365cli.auth.Resource;
import org.o365cli.auth.ResourceNotDeclaredException;

/**
 * An {@link Auth} for unit tests on the public cloud: tokens {@code fake-token-for-<resource>} for the
 * declared resources, the guard the host applies to any other one, and a connection (or none).
 */
final class FakeAuth implements Auth {

    private final String service;
    private final List<String> declared;
    private final Optional<ConnectionInfo> connection;

    FakeAuth(String service, List<String> declared, Optional<ConnectionInfo> connection) {
        this.service = service;
        this.declared = List.copyOf(declared);
        this.connection = connection;
    }

    @Override
    public AccessToken ensureAccessToken(Resource resource) {
        return token(resource);
    }

    @Override
    public AccessToken getAccessToken(String resourceOrUrl) {
        return token(Resource.fromUrl(resourceOrUrl));
    }

    @Override
    public Resource inCloud(String declaredResource) {
        connection();
        return Resource.fromUrl(declaredResource);
    }

    @Override
    public ConnectionInfo connection() {
        return connection.orElseThrow(() -> new NotConnectedException(service));
    }

    private AccessToken token(Resource resource) {
        ConnectionInfo info = connection();
        if (declared.stream().noneMatch(resource::matches)) {
            throw new ResourceNotDeclaredException("test", service, resource);
        }
        return new AccessToken("fake-token-for-" + resource.uri(), resource, Instant.now().plus(Duration.ofHours(1)));
    }

    static ConnectionInfo connection(String service, String resource, Map<String, String> properties) {
        return new ConnectionInfo(service, Resource.fromUrl(resource), "admin@contoso.onmicrosoft.com", "password",
                "31359c7f-bd7e-475c-86db-fdb8c937548e", "contoso.onmicrosoft.com", "Public",
                Instant.now().plus(Duration.ofHours(1)), properties);
    }
}
