package org.o365cli.testkit;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request a run sent to the pack's API stubs, as it arrived.
 *
 * @param method  the HTTP method
 * @param url     the absolute URL at its production host, e.g. {@code https://hr.contoso.com/api/employees?$top=2}
 * @param headers the headers, names case-insensitive, the first value of each
 * @param body    the body as UTF-8 text, empty when there is none
 */
public record SentRequest(String method, String url, Map<String, String> headers, String body) {

    /** Copies the headers into a case-insensitive map. */
    public SentRequest {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        headers = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * A header's value.
     *
     * @param name the header name, any case
     * @return its first value
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** The request as WireMock logged it, its URL made absolute at its production host. */
    static SentRequest of(LoggedRequest request) {
        Map<String, String> headers = new HashMap<>();
        request.getHeaders().all().forEach(header -> headers.put(header.key(), header.firstValue()));
        String host = request.getHeader("Host");
        String url = request.getUrl().startsWith("http") ? request.getUrl() : "https://" + host + request.getUrl();
        byte[] body = request.getBody();
        return new SentRequest(request.getMethod().getName(), url, headers,
                body == null ? "" : new String(body, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return method + " " + url;
    }
}
