package org.o365cli.host.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;
import org.o365cli.auth.ApiException;
import org.o365cli.auth.O365Exception;

/** The one-line errors of the stack, and which failures may be retried. */
final class Failures {

    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE");

    private Failures() {
    }

    /**
     * Whether a request may be sent again after this failure: always when no connection was made
     * (nothing was sent), otherwise only for idempotent methods, since a POST may have been processed.
     * A TLS failure is never retried: it does not go away by itself.
     */
    static boolean isRetryable(HttpRequest request, IOException failure) {
        if (has(failure, SSLException.class)) {
            return false;
        }
        // A refused connection never carried the request. A connect timeout may have: through a proxy
        // the JDK still counts the tunnel as connecting when the request has gone out (a POST to a slow
        // server was seen sent three times), so it is a timeout like any other.
        return failure instanceof ConnectException || isIdempotent(request.method());
    }

    /** Whether sending the method twice has the effect of sending it once (RFC 9110 §9.2.2). */
    static boolean isIdempotent(String method) {
        return IDEMPOTENT.contains(method.toUpperCase(Locale.ROOT));
    }

    /**
     * What to add to the error of a server failure (5xx) of a request that was not sent again
     * because the server may have acted on it; empty for other answers.
     */
    static String notResent(HttpResponse<?> response) {
        String method = response.request().method();
        return response.statusCode() >= 500 && !isIdempotent(method) ? "; the " + method.toUpperCase(Locale.ROOT)
                + " was not sent again as the server may have acted on it; check whether it took effect before trying again" : "";
    }

    static ApiException exhausted(HttpRequest request, int status, int times, Duration waited) {
        return new ApiException(status, target(request) + ": " + reason(status) + " " + times + " times over "
                + waited.toSeconds() + " s; try again later or raise O365_HTTP_MAX_RETRIES");
    }

    static ApiException overBudget(HttpRequest request, int status, int times, Duration waited, Duration wait, Duration budget,
                                   String setting) {
        return new ApiException(status, target(request) + ": " + reason(status) + " " + times + " times over "
                + waited.toSeconds() + " s, and the next wait of " + wait.toSeconds() + " s would pass the "
                + budget.toSeconds() + " s allowed; try again later or raise " + setting);
    }

    static O365Exception deadline(HttpRequest request, int attempts, Duration budget, Optional<ProxyAddress> proxy) {
        return new O365Exception(request.uri().getHost() + proxy.map(p -> " through the proxy " + p).orElse("")
                + " did not answer " + request.method() + " " + path(request) + " within the " + budget.toSeconds()
                + " s allowed for one request (" + attempts + (attempts == 1 ? " attempt" : " attempts")
                + "); try again later or raise O365_HTTP_DEADLINE_SECONDS");
    }

    static O365Exception tooLarge(HttpRequest request, long limit) {
        return new O365Exception(target(request) + " answered with a body larger than the " + limit / (1024 * 1024)
                + " MiB allowed; it was not read; raise O365_HTTP_MAX_BODY_MIB if such an answer is expected");
    }

    static O365Exception connection(HttpRequest request, IOException failure, int attempts, Optional<ProxyAddress> proxy) {
        String host = request.uri().getHost();
        String via = proxy.map(p -> " through the proxy " + p).orElse("");
        String tries = attempts > 1 ? " after " + attempts + " attempts" : "";
        String check = proxy.isPresent()
                ? "check the proxy (" + proxyVariable(request) + ", NO_PROXY) and the network"
                : "check the network, and set " + proxyVariable(request) + " if a proxy is needed";
        String message;
        if (has(failure, SSLException.class)) {
            message = "The TLS connection to " + host + via + " failed (" + detail(failure) + "); behind a "
                    + "TLS-inspecting proxy, set O365_CA_FILE to a PEM file with the proxy's CA certificate";
        } else if (failure instanceof HttpConnectTimeoutException) {
            message = "Timed out connecting to " + host + via + tries + "; " + check;
        } else if (failure instanceof HttpTimeoutException) {
            message = host + via + " did not answer " + request.method() + " " + path(request) + " in time" + tries
                    + "; try again later or raise O365_HTTP_TIMEOUT_SECONDS";
        } else if (failure instanceof ConnectException) {
            message = "Could not connect to " + host + via + " (" + detail(failure) + ")" + tries + "; " + check;
        } else {
            String notRetried = isRetryable(request, failure) ? ""
                    : "; a " + request.method() + " is not sent again as the server may have processed it";
            message = "The connection to " + host + via + " broke during " + request.method() + " " + path(request)
                    + " (" + detail(failure) + ")" + tries + notRetried + "; " + check;
        }
        return new O365Exception(message, failure);
    }

    private static String reason(int status) {
        return switch (status) {
            case 429 -> "throttled (429)";
            case 503 -> "service unavailable (503)";
            case 504 -> "gateway timeout (504)";
            default -> "status " + status;
        };
    }

    private static String target(HttpRequest request) {
        return request.method() + " " + origin(request.uri()) + path(request);
    }

    /** Scheme, host and port: never the user info a URL may carry. */
    static String origin(URI uri) {
        return uri.getScheme() + "://" + (uri.getHost().contains(":") ? "[" + uri.getHost() + "]" : uri.getHost())
                + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    }

    /** The path without the query, which may hold secrets. */
    private static String path(HttpRequest request) {
        String path = request.uri().getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    private static String proxyVariable(HttpRequest request) {
        return "http".equalsIgnoreCase(request.uri().getScheme()) ? "HTTP_PROXY" : "HTTPS_PROXY";
    }

    private static String detail(Throwable failure) {
        if (has(failure, UnresolvedAddressException.class) || has(failure, UnknownHostException.class)) {
            return "host name not found";
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("PKIX") || message.contains("certification path"))) {
                return "its certificate is not trusted";
            }
            if (message != null && !message.isBlank()) {
                return ServerText.line(message);
            }
        }
        // The JDK client reports a refused connection without any message.
        return failure instanceof ConnectException ? "connection refused" : failure.getClass().getSimpleName();
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
