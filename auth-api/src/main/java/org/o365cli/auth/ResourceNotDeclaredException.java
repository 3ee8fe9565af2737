package org.o365cli.auth;

/**
 * A plugin asked a token for a resource its service did not declare. Declaring resources keeps
 * a plugin from obtaining tokens for APIs it has no business calling.
 */
public class ResourceNotDeclaredException extends O365Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param plugin   the plugin id that asked
     * @param service  the service it asked through
     * @param resource the resource it asked for
     */
    public ResourceNotDeclaredException(String plugin, String service, Resource resource) {
        super("Plugin '" + plugin + "' asked for a token for " + resource + ", which service '" + service
                + "' does not declare; the plugin must list it among its resources");
    }

    /**
     * A resource the service declares by its public-cloud name, asked for by that name while the
     * connection is to another cloud, where the API has another name (see {@link Auth#inCloud}).
     *
     * @param plugin   the plugin id that asked
     * @param service  the service it asked through
     * @param resource the resource it asked for
     * @param cloud    the connection's cloud, e.g. {@code USGovHigh}
     * @param inCloud  the resource's name in that cloud
     */
    public ResourceNotDeclaredException(String plugin, String service, Resource resource, String cloud, Resource inCloud) {
        super("Plugin '" + plugin + "' asked for a token for " + resource + ", but service '" + service
                + "' is connected to the " + cloud + " cloud, where that API is " + inCloud
                + "; the plugin must build its URLs with ApiUrl.onConnection or ApiUrl.on");
    }
}
