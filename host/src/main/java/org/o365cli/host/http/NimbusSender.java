package org.o365cli.host.http;

import com.nimbusds.oauth2.sdk.http.HTTPRequestSender;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.http.ReadOnlyHTTPRequest;
import com.nimbusds.oauth2.sdk.http.ReadOnlyHTTPResponse;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.o365cli.auth.O365Exception;

/**
 * Sends nimbus's token, device-code and discovery requests through the {@link HttpStack}, so
 * that proxies, extra CAs, retries, the user agent and tracing apply to token traffic too:
 * {@code tokenRequest.toHTTPRequest().send(nimbusSender)}. Failures reach the caller as the
 * stack's {@link O365Exception}s. A request's own read timeout (plus its connect timeout) bounds each
 * attempt when set; otherwise the stack's request timeout does.
 */
public final class NimbusSender implements HTTPRequestSender {

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED =
            Set.of("connection", "content-length", "expect", "host", "upgrade", "user-agent");

    private final HttpStack stack;

    /** @param stack the stack every request goes through */
    public NimbusSender(HttpStack stack) {
        this.stack = stack;
    }

    @Override
    public ReadOnlyHTTPResponse send(ReadOnlyHTTPRequest request) {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(request.getURL().toURI());
        } catch (URISyntaxException e) {
            throw new O365Exception("Invalid URL for a token request: " + e.getReason(), e);
        }
        for (Map.Entry<String, List<String>> header : request.getHeaderMap().entrySet()) {
            if (!RESTRICTED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                header.getValue().forEach(value -> builder.header(header.getKey(), value));
            }
        }
        String body = request.getBody();
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        builder.method(request.getMethod().name(), HttpRequest.BodyPublishers.noBody());
        if (request.getReadTimeout() > 0) {
            // A flow's own shorter bound (managed identity's 5 s connect + 30 s read) caps each attempt; the
            // client's connect timeout is shared by every request, so the two together bound the whole exchange.
            builder.timeout(Duration.ofMillis((long) Math.max(0, request.getConnectTimeout()) + request.getReadTimeout()));
        }
        return toNimbus(stack.send(builder.build(), bytes));
    }

    private static HTTPResponse toNimbus(HttpResponse<byte[]> response) {
        HTTPResponse converted = new HTTPResponse(response.statusCode());
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                converted.setHeader(name, values.toArray(String[]::new));
            }
        });
        if (response.body() != null && response.body().length > 0) {
            converted.setBody(new String(response.body(), StandardCharsets.UTF_8));
        }
        return converted;
    }
}
