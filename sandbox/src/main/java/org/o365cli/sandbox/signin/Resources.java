package org.o365cli.sandbox.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The resources the sandbox issues tokens for, and the permissions its app has on each. */
public final class Resources {

    /** Microsoft Graph. */
    public static final String GRAPH = "https://graph.microsoft.com";

    private static final Pattern SHAREPOINT = Pattern.compile("https://contoso(-admin|-my)?\\.sharepoint\\.com");
    private static final String GRAPH_SCOPES = "Application.Read.All Directory.Read.All Group.ReadWrite.All User.Read.All";
    private static final String SHAREPOINT_SCOPES = "AllSites.FullControl Sites.FullControl.All User.ReadWrite.All";
    /** The scope an app registration exposes by default, the one a registered API's delegated tokens carry. */
    private static final String API_SCOPE = "user_impersonation";

    private Resources() {
    }

    /**
     * The resource of the requested scopes, lower case: the one of a {@code <resource>/.default} scope, else
     * the one of the first permission named with its resource ({@code https://graph.microsoft.com/User.Read}).
     */
    public static Optional<String> fromScope(String scope) {
        String[] scopes = scope.trim().split("\\s+");
        for (String one : scopes) {
            if (one.toLowerCase(Locale.ROOT).endsWith("/.default")) {
                return Optional.of(one.substring(0, one.length() - "/.default".length()).toLowerCase(Locale.ROOT));
            }
        }
        for (String one : scopes) {
            int scheme = one.indexOf("://");
            int path = scheme < 0 ? -1 : one.indexOf('/', scheme + 3);
            if (path > 0) {
                return Optional.of(one.substring(0, path).toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** Whether the sandbox hosts this resource (scheme and host, no path). */
    public static boolean known(String resource) {
        return resource.equals(GRAPH) || SHAREPOINT.matcher(resource).matches();
    }

    /** Whether the tenant issues tokens for this resource: one it hosts, or a third party's API registered in it. */
    public static boolean known(String resource, ObjectNode tenantState) {
        if (known(resource)) {
            return true;
        }
        for (JsonNode api : tenantState.path("apis")) {
            if (api.asText().equals(resource)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A third party's API resource as registered: lower case {@code https://host[:port]}.
     *
     * @throws IllegalArgumentException when it is not such an origin, or is one the sandbox hosts itself
     */
    public static String apiResource(String resource) {
        java.net.URI uri;
        try {
            uri = new java.net.URI(resource.trim());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("The API resource '" + resource + "' is not a URL; give https:// and a host");
        }
        boolean origin = "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getUserInfo() == null
                && (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
                && uri.getRawQuery() == null && uri.getRawFragment() == null;
        if (!origin) {
            throw new IllegalArgumentException("The API resource '" + resource + "' is not https:// and a host only");
        }
        String api = "https://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        if (known(api) || api.equals("https://login.microsoftonline.com")) {
            throw new IllegalArgumentException("The sandbox serves " + api + " itself; register a third party's API only");
        }
        return api;
    }

    /** Whether a host is one of the tenant's SharePoint hosts. */
    public static boolean sharePointHost(String host) {
        return SHAREPOINT.matcher("https://" + host).matches();
    }

    /** The delegated permissions a user's token for the resource carries. */
    public static String delegatedScopes(String resource) {
        return resource.equals(GRAPH) ? GRAPH_SCOPES : known(resource) ? SHAREPOINT_SCOPES : API_SCOPE;
    }

    /** The application permissions an app-only token for the resource carries: none for a registered API. */
    public static List<String> appRoles(String resource) {
        return resource.equals(GRAPH) ? List.of(GRAPH_SCOPES.split(" "))
                : known(resource) ? List.of("Sites.FullControl.All") : List.of();
    }
}
