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
}
