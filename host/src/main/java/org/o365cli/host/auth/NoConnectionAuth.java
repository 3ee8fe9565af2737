package org.o365cli.host.auth;

import org.o365cli.auth.AccessToken;
import org.o365cli.auth.Auth;
import org.o365cli.auth.ConnectionInfo;
import org.o365cli.auth.NotConnectedException;
import org.o365cli.auth.Resource;

/**
 * The {@link Auth} of a service that has no stored connection: every token request says which
 * {@code connect} to run. The token store and the sign-in flows replace it with the stored
 * connection's Auth once a service is connected.
 */
public final class NoConnectionAuth implements Auth {

    private final String service;

    /** @param service the service without a connection */
    public NoConnectionAuth(String service) {
        this.service = service;
    }

    @Override
    public AccessToken ensureAccessToken(Resource resource) {
        throw new NotConnectedException(service);
    }

    @Override
    public AccessToken getAccessToken(String resourceOrUrl) {
        Resource.fromUrl(resourceOrUrl);
        throw new NotConnectedException(service);
    }

    @Override
    public ConnectionInfo connection() {
        throw new NotConnectedException(service);
    }
}
