package org.o365cli.testkit;

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

    @Override
    public String toString() {
        return method + " " + url;
    }
}
