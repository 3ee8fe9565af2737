package org.o365cli.host.auth.aad;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderConfigurationRequest;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.auth.Cloud;
import org.o365cli.host.auth.Endpoints;

/**
 * The endpoints of an {@code --authority}. An Azure AD authority (a cloud's login host and a
 * tenant) maps to its v2 endpoints without a request; any other issuer is asked for its
 * {@code <issuer>/.well-known/openid-configuration}.
 */
public final class AuthorityResolver {

    private static final String WHAT = "the OpenID configuration endpoint";

    private final JsonExchange exchange;

    /** @param exchange how requests reach the network */
    public AuthorityResolver(JsonExchange exchange) {
        this.exchange = exchange;
    }

    /**
     * @param authority an Azure AD authority such as {@code https://login.microsoftonline.com/contoso.onmicrosoft.com},
     *                  or an OIDC issuer URL
     * @return its endpoints; the device authorization and authorization endpoints may be null for an issuer without them
     * @throws O365Exception when the authority is not a URL, or its discovery document can't be fetched or read
     */
    public Endpoints resolve(String authority) {
        URI uri = parse(authority);
        if (isAzureAd(uri)) {
            String tenant = firstSegment(uri);
            if (tenant == null) {
                throw new O365Exception("The authority '" + authority + "' names no tenant: give one such as https://"
                        + uri.getHost() + "/contoso.onmicrosoft.com");
            }
            return Endpoints.azureAd(uri.getScheme() + "://" + uri.getHost().toLowerCase(Locale.ROOT) + "/" + tenant);
        }
        return discover(authority.strip());
    }

    /**
     * @param authority an authority URL
     * @return true when its host is the login host of a Microsoft cloud
     */
    public static boolean isAzureAd(URI authority) {
        return Cloud.isLoginHost(authority.getHost());
    }

    private Endpoints discover(String issuer) {
        HTTPRequest request = new OIDCProviderConfigurationRequest(new Issuer(issuer)).toHTTPRequest();
        JsonReply reply = exchange.send(request, WHAT);
        if (!reply.ok()) {
            throw new O365Exception("The OpenID configuration at " + request.getURI() + " answered HTTP " + reply.status()
                    + ": check --authority");
        }
        OIDCProviderMetadata metadata;
        try {
            metadata = OIDCProviderMetadata.parse(reply.body());
        } catch (ParseException e) {
            throw new O365Exception("The OpenID configuration at " + request.getURI() + " can't be read: " + e.getMessage()
                    + ": check --authority", e);
        }
        if (metadata.getTokenEndpointURI() == null) {
            throw new O365Exception("The OpenID configuration at " + request.getURI() + " lists no token endpoint: check --authority");
        }
        return new Endpoints(metadata.getIssuer().getValue(), metadata.getTokenEndpointURI(),
                metadata.getDeviceAuthorizationEndpointURI(), metadata.getAuthorizationEndpointURI());
    }

    private static URI parse(String authority) {
        String problem = "The authority '" + authority + "' is not an absolute https URL such as"
                + " https://login.microsoftonline.com/contoso.onmicrosoft.com";
        if (authority == null || authority.isBlank()) {
            throw new O365Exception(problem);
        }
        try {
            URI uri = new URI(authority.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
                throw new O365Exception(problem);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new O365Exception(problem, e);
        }
    }

    private static String firstSegment(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        return Arrays.stream(path.split("/")).filter(s -> !s.isBlank()).findFirst().orElse(null);
    }
}
