package org.o365cli.host.auth;

import org.o365cli.auth.Resource;
import org.o365cli.host.store.StoredConnection;

/**
 * Obtains a new access token for a stored connection without the user: the refresh token for
 * delegated connections (also for another resource of the tenant), the app-only grant run again
 * otherwise.
 */
public interface TokenIssuer {

    /**
     * @param connection the connection, with its refresh token or stored credential
     * @param resource   the resource to get a token for
     * @return the new tokens
     * @throws org.o365cli.auth.TokenRenewalException naming the cause and the connect to run again
     */
    TokenSet issue(StoredConnection connection, Resource resource);
}
