package org.o365cli.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;

/**
 * An API URL built the safe way: path segments and query values encoded, OData string literals
 * quoted. Plugins build every URL that holds user input with it, e.g.
 * {@code ApiUrl.onConnection(context, "/v1.0/users").segment(upn).query("$select", properties)}.
 *
 * @param url the URL so far
 */
public record ApiUrl(String url) {

    /**
     * A URL on the connection's own resource, which {@code connect} already named in the connection's
     * cloud, so that national clouds work unchanged.
     *
     * @param context the command's context, whose connection names the resource
     * @param path    the path on it, e.g. {@code /v1.0/users}
     * @return the URL, without a query yet
     */
    public static ApiUrl onConnection(CommandContext context, String path) {
        return new ApiUrl(context.auth().connection().resource().uri() + path);
    }

    /**
     * A URL on another resource the service declared, given by its public-cloud name and named in
     * the connection's cloud (see {@link Auth#inCloud}), e.g.
     * {@code ApiUrl.on(context, "https://graph.microsoft.com", "/v1.0/me")} from a service connected
     * to another API.
     *
     * @param context          the command's context
     * @param declaredResource the resource by its public-cloud name
     * @param path             the path on it
     * @return the URL, without a query yet
     */
    public static ApiUrl on(CommandContext context, String declaredResource, String path) {
        return new ApiUrl(context.auth().inCloud(declaredResource).uri() + path);
    }

    /**
     * This URL with one more path segment, encoded, e.g. a user's id or principal name.
     *
     * @param value the segment
     * @return the longer URL
     * @throws UsageException when the value is empty, {@code .} or {@code ..}: encoded or not, those
     *                        address the collection or its parent rather than one item (an empty id
     *                        would list every user)
     */
    public ApiUrl segment(String value) {
        if (value == null || value.isBlank() || value.strip().equals(".") || value.strip().equals("..")) {
            throw new UsageException("'" + (value == null ? "" : value) + "' is not a valid id or name: it cannot be empty, '.'"
                    + " or '..'; give the item's id or name");
        }
        return new ApiUrl(url + "/" + encode(value));
    }

    /** This URL with a query parameter, its value encoded; a null or blank value adds nothing. */
    public ApiUrl query(String name, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        return new ApiUrl(url + (url.contains("?") ? '&' : '?') + name + "=" + encode(value));
    }

    /**
     * This URL with one more path segment calling an OData function with one string argument, e.g.
     * {@code .function("GetStorageEntity", key)} for {@code /GetStorageEntity('it''s%20mine')}: the argument
     * is an OData literal (single quotes doubled), percent-encoded but for its quotes.
     *
     * @param name     the function's name, as the API spells it
     * @param argument the string argument, any text
     * @return the URL with the call
     */
    public ApiUrl function(String name, String argument) {
        return new ApiUrl(url + "/" + name + "(" + encode(literal(argument)).replace("%27", "'") + ")");
    }

    /** An OData string literal: quoted, with single quotes doubled. */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return url;
    }
}
