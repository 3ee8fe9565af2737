package org.o365cli.auth;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One API call a command makes through {@link Http}: method, absolute URL, headers, body, and
 * where its token comes from. Build one with {@link #get(String)}, {@link #post(String)}, ….
 *
 * @param method      the HTTP method, upper case
 * @param url         the absolute https URL
 * @param headers     request headers (the host adds {@code Authorization} and {@code User-Agent})
 * @param body        the body, or an empty array
 * @param tokenMethod which token method supplies the bearer token
 */
public record ApiRequest(String method, String url, Map<String, String> headers, byte[] body, TokenMethod tokenMethod) {

    /** Checks the parts and copies the headers. */
    public ApiRequest {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(url, "url");
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body.clone();
        Objects.requireNonNull(tokenMethod, "tokenMethod");
    }

    /** A GET of {@code url}, JSON accepted, token from getAccessToken; change with the withers. */
    public static ApiRequest get(String url) {
        return new ApiRequest("GET", url, Map.of("Accept", "application/json"), new byte[0], TokenMethod.GET);
    }

    /** A POST to {@code url}, JSON accepted, no body yet, token from getAccessToken. */
    public static ApiRequest post(String url) {
        return new ApiRequest("POST", url, Map.of("Accept", "application/json"), new byte[0], TokenMethod.GET);
    }

    /** The same request with another method, e.g. {@code PATCH} or {@code DELETE}. */
    public ApiRequest withMethod(String newMethod) {
        return new ApiRequest(newMethod, url, headers, body, tokenMethod);
    }

    /** The same request with a header set (replacing one of the same name, whatever its case). */
    public ApiRequest withHeader(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>();
        headers.forEach((k, v) -> {
            if (!k.equalsIgnoreCase(name)) {
                changed.put(k, v);
            }
        });
        changed.put(name, value);
        return new ApiRequest(method, url, changed, body, tokenMethod);
    }

    /** The same request with a text body of the given content type. */
    public ApiRequest withBody(String contentType, String text) {
        return new ApiRequest(method, url, headers, text.getBytes(StandardCharsets.UTF_8), tokenMethod)
                .withHeader("Content-Type", contentType);
    }

    /** The same request with its token from the given method. */
    public ApiRequest withToken(TokenMethod newTokenMethod) {
        return new ApiRequest(method, url, headers, body, newTokenMethod);
    }

    /** The body as text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiRequest r && method.equals(r.method) && url.equals(r.url) && headers.equals(r.headers)
                && java.util.Arrays.equals(body, r.body) && tokenMethod == r.tokenMethod;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, url, headers, java.util.Arrays.hashCode(body), tokenMethod);
    }

    @Override
    public String toString() {
        return method + " " + url;
    }
}
