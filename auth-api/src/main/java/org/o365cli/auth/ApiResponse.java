package org.o365cli.auth;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A successful (2xx) API answer. Error answers never reach a command: {@link Http} turns them
 * into an {@link ApiException} with the API's own message.
 *
 * @param status  the HTTP status
 * @param headers the response headers, names in lower case
 * @param body    the body
 */
public record ApiResponse(int status, Map<String, List<String>> headers, byte[] body) {

    /** Copies the parts. */
    public ApiResponse {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    /** The first value of a header, by its name in any case. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The body as text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
