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
import java.util.Optional;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.auth.Cloud;
import org.o365cli.host.auth.Endpoints;
import org.o365cli.host.http.NoProxy;
import org.o365cli.host.http.ServerText;

/**
 * The endpoints of an {@code --authority}. An Azure AD authority (a cloud's login host and a
 * tenant) maps to its v2 endpoints without a request; any other issuer is asked for its
 * {@code <issuer>/.well-known/openid-configuration}, which is trusted only when
 * <ul>
 *   <li>the authority and every endpoint taken from the document are https, or plain http to a
 *       loopback host: passwords, secrets and refresh tokens go to them;</li>
 *   <li>the document's {@code issuer} is the authority (OpenID Connect Discovery 1.0 section 4.3):
 *       the same string, except that a trailing slash on either side is not a difference, since
 *       {@code connect} drops the one a user types.</li>
 * </ul>
 * Otherwise nothing is sent to the endpoints. What was found is kept in a {@link DiscoveryCache}.
 */
public final class AuthorityResolver {

    private static final String WHAT = "the OpenID configuration endpoint";

    private final JsonExchange exchange;
    private final Optional<DiscoveryCache> cache;

    /** @param exchange how requests reach the network; every discovery is fetched */
    public AuthorityResolver(JsonExchange exchange) {
        this(exchange, Optional.empty());
    }

    /**
     * @param exchange how requests reach the network
     * @param cache    where discovery results are kept, if anywhere
     */
    public AuthorityResolver(JsonExchange exchange, Optional<DiscoveryCache> cache) {
        this.exchange = exchange;
        this.cache = cache;
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
        String issuer = authority.strip();
        trusted("--authority", uri, issuer);
        Optional<Endpoints> cached = cache.flatMap(c -> c.get(issuer));
        if (cached.isPresent()) {
            // The file is the user's like the store, but check again what would receive secrets.
            checkEndpoints(issuer, cached.get(), "the cached discovery of " + issuer);
            return cached.get();
        }
        Endpoints endpoints = discover(issuer);
        cache.ifPresent(c -> c.put(issuer, endpoints));
        return endpoints;
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
        String named = metadata.getIssuer().getValue();
        if (!withoutTrailingSlash(named).equals(withoutTrailingSlash(issuer))) {
            throw new O365Exception("The OpenID configuration at " + request.getURI() + " names the issuer '"
                    + ServerText.line(named, 200) + "', not the authority " + issuer + "; nothing was sent to it: give"
                    + " --authority exactly as the identity provider names itself");
        }
        Endpoints endpoints = new Endpoints(named, metadata.getTokenEndpointURI(),
                metadata.getDeviceAuthorizationEndpointURI(), metadata.getAuthorizationEndpointURI());
        checkEndpoints(issuer, endpoints, "The OpenID configuration at " + request.getURI());
        return endpoints;
    }

    private static void checkEndpoints(String issuer, Endpoints endpoints, String source) {
        trusted(source + " names a token endpoint", endpoints.token(), issuer);
        trusted(source + " names a device authorization endpoint", endpoints.deviceAuthorization(), issuer);
        trusted(source + " names an authorization endpoint", endpoints.authorization(), issuer);
    }

    /** Secrets travel only over https, or plain http on this machine's loopback interface. */
    private static void trusted(String what, URI endpoint, String issuer) {
        if (endpoint == null) {
            return;
        }
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        boolean loopbackHttp = scheme.equals("http") && endpoint.getHost() != null && NoProxy.isLoopback(endpoint.getHost());
        if (!scheme.equals("https") && !loopbackHttp) {
            throw new O365Exception(what.equals("--authority") ? "--authority " + issuer + " is not https; plain http is"
                    + " allowed only to a loopback host: use the https URL of the identity provider"
                    : what + " that is not https (" + ServerText.line(endpoint.getScheme() + "://" + endpoint.getHost(), 200)
                    + "); nothing was sent to it: check --authority " + issuer + " with the identity provider's administrator");
        }
    }

    private static String withoutTrailingSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
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
