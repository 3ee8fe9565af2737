package org.o365cli.host.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.o365cli.auth.Resource;

/**
 * The Microsoft clouds: each has its own sign-in host, its own Microsoft Graph and its own
 * SharePoint domain. Plugins declare resources by their public-cloud names; {@link #map} names
 * them in a connection's cloud, so plugins stay cloud-agnostic.
 *
 * <p>Sign-in hosts as Microsoft lists them under "Microsoft Entra authentication endpoints"
 * (learn.microsoft.com/entra/identity-platform/authentication-national-cloud, and its 21Vianet
 * edition docs.azure.cn/en-us/entra/identity-platform/authentication-national-cloud, updated
 * 2026-06-25: China is {@code login.partner.microsoftonline.cn}); Graph hosts from
 * learn.microsoft.com/graph/deployments.
 */
public enum Cloud {

    /** The worldwide cloud. */
    Public("login.microsoftonline.com", "https://graph.microsoft.com", "sharepoint.com"),
    /** US Government (GCC): the worldwide endpoints. */
    USGov("login.microsoftonline.com", "https://graph.microsoft.com", "sharepoint.com"),
    /** US Government High. */
    USGovHigh("login.microsoftonline.us", "https://graph.microsoft.us", "sharepoint.us"),
    /** US Department of Defense. */
    USGovDoD("login.microsoftonline.us", "https://dod-graph.microsoft.us", "sharepoint-mil.us"),
    /** China, operated by 21Vianet. */
    China("login.partner.microsoftonline.cn", "https://microsoftgraph.chinacloudapi.cn", "sharepoint.cn"),
    /**
     * The sandbox tenant contoso, emulated in process ({@code connect --sandbox}): the public cloud's
     * URLs, answered without the network.
     */
    Sandbox("login.microsoftonline.com", "https://graph.microsoft.com", "sharepoint.com");

    /** China's former sign-in host, still answered by Azure AD: an {@code --authority} on it is Azure AD too. */
    private static final Set<String> FORMER_LOGIN_HOSTS = Set.of("login.chinacloudapi.cn");
    private static final String PUBLIC_SHAREPOINT = ".sharepoint.com";

    private final String loginHost;
    private final Resource graph;
    private final String sharePointDomain;

    Cloud(String loginHost, String graph, String sharePointDomain) {
        this.loginHost = loginHost;
        this.graph = Resource.of(graph);
        this.sharePointDomain = sharePointDomain;
    }

    /** The sign-in host, e.g. {@code login.microsoftonline.com}. */
    public String loginHost() {
        return loginHost;
    }

    /** Microsoft Graph in this cloud. */
    public Resource graph() {
        return graph;
    }

    /** The domain of SharePoint sites in this cloud, e.g. {@code sharepoint.us}. */
    public String sharePointDomain() {
        return sharePointDomain;
    }

    /** The authority for a tenant: {@code https://<login host>/<tenant>}. */
    public String authority(String tenant) {
        return "https://" + loginHost + "/" + tenant;
    }

    /**
     * A resource or pattern as a plugin declares it (public-cloud names), named in this cloud:
     * {@code https://graph.microsoft.com} becomes this cloud's Graph and a host under
     * {@code sharepoint.com} ({@code https://*.sharepoint.com}, {@code https://contoso-admin.sharepoint.com})
     * moves to this cloud's SharePoint domain. Any other resource, such as a third party's API, is
     * the same in every cloud.
     *
     * @param declared a resource URI or a pattern with a leading {@code *.} label
     * @return the same in this cloud, normalised to lower case without a trailing slash
     */
    public String map(String declared) {
        String value = declared.trim().toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (value.equals(Public.graph.uri())) {
            return graph.uri();
        }
        int scheme = value.indexOf("://");
        if (scheme > 0 && value.endsWith(PUBLIC_SHAREPOINT) && value.indexOf('/', scheme + 3) < 0) {
            return value.substring(0, value.length() - PUBLIC_SHAREPOINT.length() + 1) + sharePointDomain;
        }
        return value;
    }

    /** {@link #map(String)} for a resource. */
    public Resource map(Resource declared) {
        return Resource.of(map(declared.uri()));
    }

    /**
     * @param host a host name
     * @return true when it is the sign-in host of a Microsoft cloud (or a former one still answering)
     */
    public static boolean isLoginHost(String host) {
        return host != null && (FORMER_LOGIN_HOSTS.contains(host.toLowerCase(Locale.ROOT))
                || Arrays.stream(values()).anyMatch(c -> c.loginHost.equalsIgnoreCase(host)));
    }

    /**
     * @param value what the user typed (case-insensitive)
     * @return the cloud
     * @throws IllegalArgumentException listing the valid names
     */
    public static Cloud parse(String value) {
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Invalid cloud '" + value + "': use one of "
                        + Arrays.stream(values()).map(Cloud::name).collect(Collectors.joining(", "))));
    }
}
