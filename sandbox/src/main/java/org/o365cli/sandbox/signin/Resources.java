package org.o365cli.sandbox.signin;

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

    /** Whether a host is one of the tenant's SharePoint hosts. */
    public static boolean sharePointHost(String host) {
        return SHAREPOINT.matcher("https://" + host).matches();
    }

    /** The delegated permissions a user's token for the resource carries. */
    public static String delegatedScopes(String resource) {
        return resource.equals(GRAPH) ? GRAPH_SCOPES : SHAREPOINT_SCOPES;
    }

    /** The application permissions an app-only token for the resource carries. */
    public static List<String> appRoles(String resource) {
        return List.of((resource.equals(GRAPH) ? GRAPH_SCOPES : "Sites.FullControl.All").split(" "));
    }
}
