package org.o365cli.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's answer to one request.
 *
 * @param status  the HTTP status
 * @param headers the headers, e.g. {@code Content-Type}, {@code Retry-After}, {@code request-id}
 * @param body    the body bytes
 */
public record SandboxResponse(int status, Map<String, List<String>> headers, byte[] body) {

    /** Copies the headers and body. */
    public SandboxResponse {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body.clone();
    }

    /** An answer with a body of this content type. */
    public static SandboxResponse of(int status, String contentType, String body) {
        return new SandboxResponse(status, Map.of("Content-Type", List.of(contentType)),
                body.getBytes(StandardCharsets.UTF_8));
    }

    /** This answer with one more header. */
    public SandboxResponse withHeader(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(headers);
        copy.put(name, List.of(value));
        return new SandboxResponse(status, copy, body);
    }

    /** The first value of a header (names as the sandbox wrote them). */
    public Optional<String> header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                .flatMap(e -> e.getValue().stream().findFirst());
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
