package org.o365cli.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An Azure AD resource: the scheme and host (and a non-default port) of an API, such as
 * {@code https://graph.microsoft.com} or {@code https://contoso-admin.sharepoint.com}.
 * Each resource needs its own access token.
 *
 * @param uri the normalised resource URI: lower-case scheme and host, no path, no trailing slash
 */
public record Resource(String uri) {

    /** Normalises and checks the URI, as {@link #fromUrl} does. */
    public Resource {
        uri = normalise(uri);
    }

    /**
     * The resource of an absolute http(s) URL: its scheme and host, any path dropped.
     *
     * @param url an absolute URL such as {@code https://contoso.sharepoint.com/sites/team/_api/web}
     * @return the resource, e.g. {@code https://contoso.sharepoint.com}
     * @throws IllegalArgumentException when the text is not an absolute http(s) URL with a host
     */
    public static Resource fromUrl(String url) {
        return new Resource(url);
    }

    private static String normalise(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("A URL is required, such as https://contoso.sharepoint.com");
        }
        URI parsed;
        try {
            parsed = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is not a valid URL: " + e.getReason());
        }
        String scheme = parsed.getScheme() == null ? null : parsed.getScheme().toLowerCase(Locale.ROOT);
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IllegalArgumentException("'" + url + "' is not an absolute http(s) URL; give one such as https://contoso.sharepoint.com");
        }
        if (parsed.getHost() == null || parsed.getHost().isEmpty()) {
            throw new IllegalArgumentException("'" + url + "' has no host; give one such as https://contoso.sharepoint.com");
        }
        String host = parsed.getHost().toLowerCase(Locale.ROOT);
        int port = parsed.getPort();
        boolean defaultPort = port == -1 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    /**
     * The resource named by a URI, same as {@link #fromUrl}: a resource is always scheme and host.
     *
     * @param uri a resource URI such as {@code https://graph.microsoft.com}
     * @return the resource
     */
    public static Resource of(String uri) {
        return fromUrl(uri);
    }

    /** The host part, e.g. {@code contoso.sharepoint.com}. */
    public String host() {
        return URI.create(uri).getHost();
    }

    /**
     * Whether this resource is covered by a declared pattern: either an exact resource URI or a
     * pattern with a leading {@code *.} label such as {@code https://*.sharepoint.com}, where the
     * star stands for exactly one DNS label ({@code contoso}, {@code contoso-admin}).
     *
     * @param pattern a resource URI or pattern as a service declares it
     * @return true when the pattern covers this resource
     */
    public boolean matches(String pattern) {
        String p = pattern.trim().toLowerCase(Locale.ROOT);
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        int star = p.indexOf("://*.");
        if (star < 0) {
            return uri.equals(p);
        }
        String prefix = p.substring(0, star + 3);
        String suffix = p.substring(star + 4);
        if (!uri.startsWith(prefix) || !uri.endsWith(suffix)) {
            return false;
        }
        String label = uri.substring(prefix.length(), uri.length() - suffix.length());
        return !label.isEmpty() && !label.contains(".") && !label.contains(":");
    }

    /** The scope Azure AD v2 takes for this resource: {@code <resource>/.default}. */
    public String defaultScope() {
        return uri + "/.default";
    }

    // equals and hashCode are written out: a record's own link method handles on their first call, some fifty
    // classes generated in the interpreter, and every API command compares a token's resource once.
    @Override
    public boolean equals(Object other) {
        return other instanceof Resource resource && uri.equals(resource.uri);
    }

    @Override
    public int hashCode() {
        return uri.hashCode();
    }

    @Override
    public String toString() {
        return uri;
    }
}
