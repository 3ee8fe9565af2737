package org.o365cli.host.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * One line for an API's error answer: the API's own words where it gave them (Graph's
 * {@code error.message}, SharePoint's {@code odata.error.message.value}, OAuth's
 * {@code error_description}), its error code and request id, and never the raw body of an HTML page. The server's words go through
 * {@link ServerText}: no control characters or escape sequences, at most {@value ServerText#MAX} characters.
 */
public final class ApiErrors {

    private ApiErrors() {
    }

    /**
     * @param response an error answer
     * @param json     the host's mapper
     * @return one line: method, URL, status, the API's message, its code and request id
     */
    public static String of(HttpResponse<byte[]> response, ObjectMapper json) {
        String where = response.request().method() + " " + response.request().uri();
        String requestId = response.headers().firstValue("request-id")
                .or(() -> response.headers().firstValue("sprequestguid"))
                .or(() -> response.headers().firstValue("x-ms-request-id")).orElse(null);
        String detail = detail(response, json);
        return where + " failed with " + response.statusCode() + ": " + detail
                + (requestId == null ? "" : " (request id " + ServerText.line(requestId, 100) + ")") + Failures.notResent(response);
    }

    private static String detail(HttpResponse<byte[]> response, ObjectMapper json) {
        String type = response.headers().firstValue("content-type").orElse("");
        if (type.contains("html")) {
            return "the server answered with an HTML page instead of JSON; check the URL";
        }
        try {
            JsonNode body = json.readTree(response.body());
            JsonNode graph = body.path("error");
            if (graph.isObject()) {
                return oneLine(graph.path("message").asText("")) + code(graph.path("code").asText(null));
            }
            JsonNode odata = body.path("odata.error");
            if (odata.isObject()) {
                return oneLine(odata.path("message").path("value").asText("")) + code(odata.path("code").asText(null));
            }
            if (body.hasNonNull("error_description")) {
                return oneLine(body.get("error_description").asText()) + code(body.path("error").asText(null));
            }
        } catch (IOException | RuntimeException e) {
            // Not JSON: fall through to the plain text.
        }
        String text = oneLine(new String(response.body(), StandardCharsets.UTF_8));
        return text.isEmpty() ? "no details given" : text;
    }

    private static String code(String code) {
        return code == null || code.isEmpty() ? "" : " [" + ServerText.line(code, 100) + "]";
    }

    private static String oneLine(String text) {
        return ServerText.line(text);
    }
}
