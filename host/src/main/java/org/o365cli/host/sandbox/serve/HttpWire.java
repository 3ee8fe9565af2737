package org.o365cli.host.sandbox.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.o365cli.sandbox.SandboxResponse;

/** Reads HTTP/1.1 requests and writes responses on a connection, within bounds. */
final class HttpWire {

    static final int MAX_LINE = 16 * 1024;
    static final int MAX_HEADERS = 100;
    static final int MAX_BODY = 8 * 1024 * 1024;

    private HttpWire() {
    }

    /**
     * One request read off the connection.
     *
     * @param method  the method
     * @param target  the request target (origin form, absolute form or authority form)
     * @param headers the headers, names as sent
     * @param body    the body
     */
    record Request(String method, String target, Map<String, List<String>> headers, byte[] body) {
        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    /** The next request, or empty at the end of the stream. */
    static Optional<Request> read(InputStream in) throws IOException {
        String line = line(in);
        if (line == null || line.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = line.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.1 request line");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon <= 0 || headers.size() >= MAX_HEADERS) {
                throw new IOException("bad or too many headers");
            }
            headers.computeIfAbsent(header.substring(0, colon).trim(), k -> new ArrayList<>()).add(header.substring(colon + 1).trim());
        }
        Request head = new Request(parts[0], parts[1], headers, new byte[0]);
        if (head.header("Transfer-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked")).orElse(false)) {
            return Optional.of(new Request(parts[0], parts[1], headers, chunked(in)));
        }
        long length = Long.parseLong(head.header("Content-Length").orElse("0").trim());
        if (length < 0 || length > MAX_BODY) {
            throw new IOException("body too large");
        }
        return Optional.of(new Request(parts[0], parts[1], headers, in.readNBytes((int) length)));
    }

    /** Writes an answer with its length, keeping the connection open. */
    static void write(OutputStream out, SandboxResponse response) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(response.status()).append(' ')
                .append(reason(response.status())).append("\r\n");
        response.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Transfer-Encoding")) {
                values.forEach(value -> head.append(name).append(": ").append(value.replaceAll("[\r\n]", " ")).append("\r\n"));
            }
        });
        head.append("Content-Length: ").append(response.body().length).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(response.body());
        out.flush();
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int length = Integer.parseInt(size == null ? "0" : size.split(";")[0].trim(), 16);
            if (length == 0) {
                line(in);
                return body.toByteArray();
            }
            if (body.size() + length > MAX_BODY) {
                throw new IOException("body too large");
            }
            body.write(in.readNBytes(length));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("line too long");
            }
            line.write(c);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }
}
