package org.o365cli.plugins.graph;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;
import org.o365cli.auth.CommandContext;

/**
 * A Microsoft Graph v1.0 URL on the connection's own resource (so other clouds work), with its
 * path segments and query values encoded.
 */
public final class GraphUrl {

    private final StringBuilder url;
    private char separator = '?';

    private GraphUrl(String base) {
        this.url = new StringBuilder(base);
    }

    /**
     * @param context the command's context, whose connection names the Graph resource
     * @param path    the path under {@code /v1.0}, e.g. {@code /users}
     * @return the URL, without a query yet
     */
    public static GraphUrl of(CommandContext context, String path) {
        return new GraphUrl(context.auth().connection().resource().uri() + "/v1.0" + path);
    }

    /** Appends one encoded path segment, e.g. a user's id or principal name. */
    public GraphUrl segment(String value) {
        url.append('/').append(encode(value));
        return this;
    }

    /** Adds a query parameter with its value encoded; a null or blank value adds nothing. */
    public GraphUrl query(String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append(separator).append(name).append('=').append(encode(value));
            separator = '&';
        }
        return this;
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
        return url.toString();
    }
}
