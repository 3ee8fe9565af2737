package org.o365cli.auth;

/**
 * How {@code o365 <service> connect} finds the resource of the connection it makes.
 */
public sealed interface ConnectResource {

    /**
     * Always the same resource, such as {@code https://graph.microsoft.com}.
     *
     * @param resource the resource every connection of the service has
     */
    record Fixed(Resource resource) implements ConnectResource {
    }

    /**
     * From a URL the user gives to {@code connect}, such as spo's site URL: the connection's
     * resource is that URL's scheme and host, and the URL itself is kept as the {@code url}
     * property of the connection.
     *
     * @param label       the parameter's label in help, e.g. {@code <siteUrl>}
     * @param description one sentence for the parameter's help
     */
    record FromUrlArgument(String label, String description) implements ConnectResource {
    }

    /**
     * A connection always to the given resource.
     *
     * @param resource a resource URI such as {@code https://graph.microsoft.com}
     * @return the fixed binding
     */
    static ConnectResource fixed(String resource) {
        return new Fixed(Resource.of(resource));
    }

    /**
     * A connection to the resource of a URL the user gives.
     *
     * @param label       the parameter's label in help
     * @param description one sentence for the parameter's help
     * @return the binding
     */
    static ConnectResource fromUrlArgument(String label, String description) {
        return new FromUrlArgument(label, description);
    }
}
