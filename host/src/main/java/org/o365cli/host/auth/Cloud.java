package org.o365cli.host.auth;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.o365cli.auth.Resource;

/** The Microsoft clouds: each has its own sign-in host and its own Microsoft Graph. */
public enum Cloud {

    /** The worldwide cloud. */
    Public("login.microsoftonline.com", "https://graph.microsoft.com"),
    /** US Government (GCC). */
    USGov("login.microsoftonline.com", "https://graph.microsoft.com"),
    /** US Government High. */
    USGovHigh("login.microsoftonline.us", "https://graph.microsoft.us"),
    /** US Department of Defense. */
    USGovDoD("login.microsoftonline.us", "https://dod-graph.microsoft.us"),
    /** China, operated by 21Vianet. */
    China("login.chinacloudapi.cn", "https://microsoftgraph.chinacloudapi.cn"),
    /**
     * The sandbox tenant contoso, emulated in process ({@code connect --sandbox}): the public cloud's
     * URLs, answered without the network.
     */
    Sandbox("login.microsoftonline.com", "https://graph.microsoft.com");

    private final String loginHost;
    private final Resource graph;

    Cloud(String loginHost, String graph) {
        this.loginHost = loginHost;
        this.graph = Resource.of(graph);
    }

    /** The sign-in host, e.g. {@code login.microsoftonline.com}. */
    public String loginHost() {
        return loginHost;
    }

    /** Microsoft Graph in this cloud. */
    public Resource graph() {
        return graph;
    }

    /** The authority for a tenant: {@code https://<login host>/<tenant>}. */
    public String authority(String tenant) {
        return "https://" + loginHost + "/" + tenant;
    }

    /**
     * The resource a service uses in this cloud: Microsoft Graph of the public cloud maps to this
     * cloud's Graph; any other resource (a SharePoint host) is already the cloud's own.
     *
     * @param publicResource the resource as a plugin declares it
     * @return the resource in this cloud
     */
    public Resource map(Resource publicResource) {
        return publicResource.equals(Public.graph) ? graph : publicResource;
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
