package org.o365cli.host.auth.claims;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.o365cli.auth.Resource;

/**
 * The application ids Azure AD puts in {@code aud} for the Microsoft resources o365 knows, in every
 * cloud: a token whose {@code aud} is some other GUID was issued for another API.
 */
public final class KnownApps {

    /** Microsoft Graph's application id. */
    public static final String GRAPH = "00000003-0000-0000-c000-000000000000";
    /** SharePoint Online's application id. */
    public static final String SHAREPOINT = "00000003-0000-0ff1-ce00-000000000000";

    private static final String[] GRAPH_HOSTS = {"graph.microsoft.com", "graph.microsoft.us", "dod-graph.microsoft.us",
        "microsoftgraph.chinacloudapi.cn"};
    private static final String[] SHAREPOINT_SUFFIXES = {".sharepoint.com", ".sharepoint.us", ".sharepoint-mil.us",
        ".sharepoint.cn"};

    private KnownApps() {
    }

    /**
     * @param resource a resource
     * @return its app id when it is a resource o365 knows, else empty
     */
    static Optional<String> appId(Resource resource) {
        String host = URI.create(resource.uri()).getHost();
        if (host == null) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        for (String graph : GRAPH_HOSTS) {
            if (host.equals(graph)) {
                return Optional.of(GRAPH);
            }
        }
        for (String suffix : SHAREPOINT_SUFFIXES) {
            if (host.endsWith(suffix)) {
                return Optional.of(SHAREPOINT);
            }
        }
        return Optional.empty();
    }
}
