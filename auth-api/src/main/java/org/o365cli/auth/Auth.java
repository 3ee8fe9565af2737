package org.o365cli.auth;

/**
 * Access tokens for a command, bound to its service's connection and to the resources its
 * service declared. Neither method ever prompts the user: when a token cannot be renewed
 * silently they throw {@link TokenRenewalException}, whose message names the cause and the
 * {@code o365 <service> connect} to run again.
 *
 * <p>Which method to call (from the reference "Authorization and access tokens"):
 * <ul>
 *   <li>{@link #ensureAccessToken} when the API you call lives on the connection's own resource,
 *       e.g. connected to {@code https://contoso-admin.sharepoint.com} and calling
 *       {@code https://contoso-admin.sharepoint.com/_vti_bin/client.svc/ProcessQuery};</li>
 *   <li>{@link #getAccessToken} when the URL is given by the user or lies on another resource,
 *       e.g. installing an app on {@code https://contoso.sharepoint.com/sites/team} while
 *       connected to the tenant admin site.</li>
 * </ul>
 */
public interface Auth {

    /**
     * A valid token for the connection's own resource. When the cached token is missing, or what
     * is left of it is under the smaller of the renewal margin (the host's
     * {@code tokenRenewalMarginSeconds}) and half the token's lifetime, renews it (with the refresh
     * token, or by running the app-only grant again) and persists the new access <em>and</em>
     * refresh token on the connection. Renewals are made once across processes: callers that find
     * the same token expired all get the one new token.
     *
     * @param resource the connection's resource, see {@link #connection()}
     * @return a token valid for at least the smaller of the margin and half its lifetime
     * @throws NotConnectedException        when the service has no connection
     * @throws ResourceNotDeclaredException when the service did not declare the resource
     * @throws TokenRenewalException        when the token cannot be renewed silently
     */
    AccessToken ensureAccessToken(Resource resource);

    /**
     * A valid token for the resource of any URL (its scheme and host), obtained from the
     * connection's refresh token or app-only grant, renewed by the same timing rule as
     * {@link #ensureAccessToken}. Tokens for other resources are cached beside the connection, whose
     * own fields (resource, token, tenant information) stay as they are, with one exception: when
     * the identity provider rotated the refresh token in its answer, the new one replaces the stored
     * one (RFC 6749 section 6), since the old one may no longer be valid. When the URL is on the
     * connection's own resource, this is the connection's token, and a new one replaces it as
     * {@link #ensureAccessToken} would.
     *
     * @param resourceOrUrl a resource such as {@code https://contoso.sharepoint.com} or any URL on it
     * @return a token for that resource
     * @throws IllegalArgumentException     when the text is not an absolute http(s) URL
     * @throws NotConnectedException        when the service has no connection
     * @throws ResourceNotDeclaredException when the service did not declare the resource
     * @throws TokenRenewalException        when no token can be obtained silently
     */
    AccessToken getAccessToken(String resourceOrUrl);

    /**
     * A resource the service declared, named in the connection's cloud. Services declare resources
     * by their public-cloud names; on a connection to a national cloud the same API lives elsewhere,
     * e.g. {@code https://graph.microsoft.com} is {@code https://graph.microsoft.us} in USGovHigh and a
     * host under {@code sharepoint.com} is under {@code sharepoint.us}. Resources of other APIs are
     * the same in every cloud. {@link ApiUrl#on} builds URLs with it.
     *
     * @param declaredResource a resource by its public-cloud name, such as {@code https://graph.microsoft.com}
     * @return the resource in the connection's cloud
     * @throws IllegalArgumentException when the text is not an absolute http(s) URL
     * @throws NotConnectedException    when the service has no connection
     */
    Resource inCloud(String declaredResource);

    /**
     * The service's connection, as {@code o365 <service> status} shows it.
     *
     * @return the connection
     * @throws NotConnectedException when the service has no connection
     */
    ConnectionInfo connection();
}
