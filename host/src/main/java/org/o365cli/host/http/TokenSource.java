package org.o365cli.host.http;

import org.o365cli.auth.AccessToken;

/**
 * Gives the access token for the requests of {@link HttpStack#send(java.net.http.HttpRequest, TokenSource)}.
 */
@FunctionalInterface
public interface TokenSource {

    /**
     * @param forceNew true to renew the token even when the cached one looks valid: the API has
     *                 just rejected it as invalid or expired
     * @return a token for the resource of the request
     */
    AccessToken get(boolean forceNew);
}
