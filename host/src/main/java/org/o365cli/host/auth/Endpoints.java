package org.o365cli.host.auth;

import java.net.URI;

/**
 * Where an authority takes requests: Azure AD's v2 endpoints, or what a generic OIDC issuer's
 * discovery document lists.
 *
 * @param issuer              the authority or issuer, e.g. {@code https://login.microsoftonline.com/contoso.onmicrosoft.com}
 * @param token               the token endpoint
 * @param deviceAuthorization the device authorization endpoint, or null when the issuer has none
 * @param authorization       the authorization endpoint (browser sign-in), or null when the issuer has none
 */
public record Endpoints(String issuer, URI token, URI deviceAuthorization, URI authorization) {

    /** Azure AD v2 endpoints of an authority such as {@code https://login.microsoftonline.com/common}. */
    public static Endpoints azureAd(String authority) {
        String base = authority.endsWith("/") ? authority.substring(0, authority.length() - 1) : authority;
        return new Endpoints(base, URI.create(base + "/oauth2/v2.0/token"), URI.create(base + "/oauth2/v2.0/devicecode"),
                URI.create(base + "/oauth2/v2.0/authorize"));
    }
}
