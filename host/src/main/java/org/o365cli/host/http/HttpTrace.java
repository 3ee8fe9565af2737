package org.o365cli.host.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the HTTP stack writes to stderr for {@code --verbose} (one line per request, and each
 * retry) and {@code --debug} (also every header and body; bodies cut at 4 KB, binary bodies shown
 * as {@code <n bytes>}). Every URL, header and body goes through the {@link Redactor} first, then
 * {@link ServerText} so that no escape sequence a server sent reaches the terminal.
 */
public final class HttpTrace {

    /** How much to write. */
    public enum Level {
        /** Nothing. */
        OFF,
        /** One line per request and per retry. */
        VERBOSE,
        /** Requests and responses with headers and bodies. */
        DEBUG
    }

    private static final int BODY_LIMIT = 4096;
    private static final List<String> TEXT_TYPES =
            List.of("text/", "json", "xml", "x-www-form-urlencoded", "javascript", "html");

    private final PrintWriter out;
    private final Level level;
    private final Redactor redactor;

    /**
     * @param out      where to write, normally stderr
     * @param level    how much to write
     * @param redactor masks the secrets in what is written
     */
    public HttpTrace(PrintWriter out, Level level, Redactor redactor) {
        this.out = Objects.requireNonNull(out, "out");
        this.level = Objects.requireNonNull(level, "level");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    /** A trace that writes nothing. */
    public static HttpTrace off() {
        return new HttpTrace(new PrintWriter(Writer.nullWriter()), Level.OFF, new Redactor());
    }

    /** The redactor this trace masks secrets with. */
    public Redactor redactor() {
        return redactor;
    }

    synchronized void request(HttpRequest request, byte[] body) {
        if (level == Level.DEBUG) {
            out.println("> " + request.method() + " " + url(request));
            headers("> ", request.headers());
            body(request.headers(), body);
            out.flush();
        }
    }

    synchronized void response(HttpResponse<byte[]> response, Duration elapsed) {
        HttpRequest request = response.request();
        if (level == Level.VERBOSE) {
            out.println(request.method() + " " + url(request) + " -> " + response.statusCode() + " (" + elapsed.toMillis() + " ms)");
        } else if (level == Level.DEBUG) {
            out.println("< " + response.statusCode() + " " + request.method() + " " + url(request) + " (" + elapsed.toMillis() + " ms)");
            headers("< ", response.headers());
            body(response.headers(), response.body());
        }
        out.flush();
    }

    synchronized void failure(HttpRequest request, IOException failure, Duration elapsed) {
        if (level != Level.OFF) {
            out.println(request.method() + " " + url(request) + " failed after " + elapsed.toMillis() + " ms: "
                    + failure.getClass().getSimpleName() + " " + ServerText.line(redactor.redact(String.valueOf(failure.getMessage()))));
            out.flush();
        }
    }

    synchronized void retry(HttpRequest request, String why, Duration wait, int attempt, int attempts) {
        if (level != Level.OFF) {
            out.println("Retrying " + request.method() + " " + url(request) + " in " + wait.toMillis() + " ms after "
                    + why + " (attempt " + (attempt + 1) + " of " + attempts + ")");
            out.flush();
        }
    }

    private String url(HttpRequest request) {
        return redactor.redact(request.uri().toString());
    }

    private void headers(String prefix, HttpHeaders headers) {
        for (Map.Entry<String, List<String>> header : headers.map().entrySet()) {
            for (String value : header.getValue()) {
                out.println(prefix + ServerText.line(header.getKey()) + ": "
                        + ServerText.block(redactor.redactHeader(header.getKey(), value)));
            }
        }
    }

    private void body(HttpHeaders headers, byte[] body) {
        if (body == null || body.length == 0) {
            return;
        }
        String contentType = headers.firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        boolean declaredText = TEXT_TYPES.stream().anyMatch(contentType::contains);
        String text = declaredText || contentType.isEmpty() ? text(body) : null;
        if (text == null) {
            out.println("<" + body.length + " bytes>");
            return;
        }
        // Redact before cutting, so that a cut cannot split a secret past recognition.
        String shown = ServerText.block(redactor.redact(text));
        out.println(shown.length() <= BODY_LIMIT ? shown
                : shown.substring(0, BODY_LIMIT) + "... (" + body.length + " bytes in all)");
    }

    private static String text(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            boolean control = text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
            return control ? null : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
