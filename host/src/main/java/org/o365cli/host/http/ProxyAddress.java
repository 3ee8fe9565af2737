package org.o365cli.host.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.o365cli.auth.O365Exception;

/**
 * An HTTP proxy from {@code HTTPS_PROXY} or {@code HTTP_PROXY}: {@code http://[user:password@]host[:port]}.
 * The JDK's HTTP client talks plain HTTP to a proxy (and tunnels https through it with CONNECT),
 * so a proxy URL must use the {@code http} scheme; the port defaults to 80. Its {@code toString}
 * never shows the password.
 *
 * @param host     the proxy's host name or address
 * @param port     the proxy's port
 * @param user     the user name for proxy authentication, or empty
 * @param password the password for proxy authentication, or empty
 */
public record ProxyAddress(String host, int port, Optional<String> user, Optional<String> password) {

    /**
     * Reads a proxy URL; a bare {@code host:port} is taken as {@code http://host:port}.
     *
     * @param variable the environment variable the value came from, named in errors
     * @param value    the proxy URL
     * @return the proxy
     * @throws O365Exception when the value is not an http proxy URL with a host
     */
    public static ProxyAddress parse(String variable, String value) {
        String text = value.trim();
        URI uri;
        try {
            uri = new URI(text.contains("://") ? text : "http://" + text);
        } catch (URISyntaxException e) {
            throw invalid(variable, "it is not a URL");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http")) {
            throw invalid(variable, "the proxy scheme must be http (the JDK client supports no " + scheme + " proxies)");
        }
        if (uri.getHost() == null) {
            throw invalid(variable, "it has no host");
        }
        if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
            throw invalid(variable, "a proxy URL has no path");
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            password = Optional.of(colon < 0 ? "" : decode(userInfo.substring(colon + 1)));
        }
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        return new ProxyAddress(host, uri.getPort() < 0 ? 80 : uri.getPort(), user, password);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static O365Exception invalid(String variable, String why) {
        // The value itself is not shown: it may hold the proxy password.
        return new O365Exception(variable + " is not a valid proxy URL: " + why
                + "; give one such as http://proxy.contoso.com:8080");
    }

    /** {@code host:port}, without credentials. */
    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
