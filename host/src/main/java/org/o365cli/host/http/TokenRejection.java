package org.o365cli.host.http;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a 401 that says the access token itself is invalid or expired, so that one renewal
 * may help: {@code WWW-Authenticate: Bearer error="invalid_token"}, Graph's
 * {@code InvalidAuthenticationToken}, SharePoint's {@code x-ms-diagnostics} header or its
 * "Invalid audience" and "token … expired" texts.
 */
final class TokenRejection {

    private static final int BODY_SCAN = 8192;
    private static final Pattern TOKEN_EXPIRED_OR_INVALID =
            Pattern.compile("token\\b[^\\n]{0,80}?\\b(expired|invalid|not yet valid)", Pattern.CASE_INSENSITIVE);
    private static final Pattern JSON_CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]{1,100})\"");
    private static final Pattern JSON_MESSAGE = Pattern.compile("\"(?:message|value|error_description)\"\\s*:\\s*\"([^\"]{1,300})\"");

    private TokenRejection() {
    }

    static boolean isRejectedToken(HttpResponse<byte[]> response) {
        if (response.statusCode() != 401) {
            return false;
        }
        String evidence = String.join("\n", response.headers().allValues("WWW-Authenticate")) + "\n"
                + String.join("\n", response.headers().allValues("x-ms-diagnostics")) + "\n" + bodyStart(response);
        String lower = evidence.toLowerCase(Locale.ROOT);
        return lower.contains("invalid_token") || lower.contains("invalidauthenticationtoken")
                || lower.contains("invalid audience") || TOKEN_EXPIRED_OR_INVALID.matcher(evidence).find();
    }

    /** The API's own words about the rejection: error code, message and request id when present. */
    static String summary(HttpResponse<byte[]> response) {
        String body = bodyStart(response);
        StringBuilder summary = new StringBuilder(String.valueOf(response.statusCode()));
        first(JSON_CODE.matcher(body)).ifPresent(code -> summary.append(' ').append(code));
        first(JSON_MESSAGE.matcher(body)).ifPresent(message -> summary.append(": ").append(message));
        response.headers().firstValue("request-id")
                .or(() -> response.headers().firstValue("SPRequestGuid"))
                .ifPresent(id -> summary.append(" (request-id ").append(id).append(')'));
        return ServerText.line(summary.toString());
    }

    private static Optional<String> first(Matcher matcher) {
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String bodyStart(HttpResponse<byte[]> response) {
        byte[] body = response.body() == null ? new byte[0] : response.body();
        return new String(Arrays.copyOf(body, Math.min(body.length, BODY_SCAN)), StandardCharsets.UTF_8);
    }
}
