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
     * A URL on the connection's own resource, so that other clouds work unchanged.
     *
     * @param context the command's context, whose connection names the resource
     * @param path    the path on it, e.g. {@code /v1.0/users}
     * @return the URL, without a query yet
     */
    public static ApiUrl onConnection(CommandContext context, String path) {
        return new ApiUrl(context.auth().connection().resource().uri() + path);
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
