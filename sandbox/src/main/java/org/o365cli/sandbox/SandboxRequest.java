package org.o365cli.sandbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request to the sandbox, as a client would send it to the production URL.
 *
 * @param method  the HTTP method, e.g. {@code GET}
 * @param uri     the absolute production URL, e.g. {@code https://graph.microsoft.com/v1.0/users}
 * @param headers the headers; names are matched case-insensitively
 * @param body    the body bytes, empty when there is none
 */
public record SandboxRequest(String method, URI uri, Map<String, List<String>> headers, byte[] body) {

    /** Copies the headers into a case-insensitive map. */
    public SandboxRequest {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = copy;
        body = body == null ? new byte[0] : body.clone();
        method = method.toUpperCase(Locale.ROOT);
    }

    /** The first value of a header. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The host, lower case. */
    public String host() {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }

    /** The origin, e.g. {@code https://graph.microsoft.com}. */
    public String origin() {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        return method + " " + uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
    }
}
