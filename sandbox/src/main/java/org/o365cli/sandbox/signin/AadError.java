package org.o365cli.sandbox.signin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.o365cli.sandbox.SandboxResponse;

/**
 * An error of the Microsoft identity platform's token endpoint, in its documented shape:
 * {@code error}, {@code error_description} starting {@code AADSTS<code>:} and ending with the trace
 * and correlation ids and timestamp, {@code error_codes}, {@code timestamp}, {@code trace_id},
 * {@code correlation_id}, {@code error_uri}.
 *
 * @param status      the HTTP status (400 or 401)
 * @param error       the OAuth error, e.g. {@code invalid_grant}
 * @param code        the AADSTS number
 * @param description what went wrong, without the {@code AADSTS} prefix
 */
public record AadError(int status, String error, int code, String description) {

    /** The answer, with fresh trace and correlation ids. */
    public SandboxResponse response(ObjectMapper json, Clock clock) {
        String trace = UUID.randomUUID().toString();
        String correlation = UUID.randomUUID().toString();
        String timestamp = DateTimeFormatter.ISO_INSTANT.format(clock.instant()).replace("Z", "").replace("T", " ") + "Z";
        ObjectNode body = json.createObjectNode();
        body.put("error", error);
        body.put("error_description", "AADSTS" + code + ": " + description + " Trace ID: " + trace + " Correlation ID: "
                + correlation + " Timestamp: " + timestamp);
        body.putArray("error_codes").add(code);
        body.put("timestamp", timestamp);
        body.put("trace_id", trace);
        body.put("correlation_id", correlation);
        body.put("error_uri", "https://login.microsoftonline.com/error?code=" + code);
        return SandboxResponse.of(status, "application/json; charset=utf-8", body.toString());
    }

    /** The request lacks or garbles a parameter. */
    public static AadError badRequest(int code, String description) {
        return new AadError(400, "invalid_request", code, description);
    }

    /** The grant (password, refresh token, device code) is not valid. */
    public static AadError invalidGrant(int code, String description) {
        return new AadError(400, "invalid_grant", code, description);
    }

    /** The client's secret or assertion is not valid. */
    public static AadError invalidClient(int code, String description) {
        return new AadError(401, "invalid_client", code, description);
    }
}
