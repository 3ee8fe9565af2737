package org.o365cli.host.http;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.o365cli.auth.O365Exception;

/**
 * How the HTTP stack reaches the network, read from environment variables:
 * <table>
 *   <caption>Variables</caption>
 *   <tr><td>{@code HTTPS_PROXY}, {@code https_proxy}</td><td>proxy for https URLs ({@link ProxyAddress})</td></tr>
 *   <tr><td>{@code HTTP_PROXY}, {@code http_proxy}</td><td>proxy for plain http URLs; never used for https</td></tr>
 *   <tr><td>{@code NO_PROXY}, {@code no_proxy}</td><td>hosts reached directly ({@link NoProxy})</td></tr>
 *   <tr><td>{@code O365_CA_FILE}</td><td>a PEM file of CA certificates trusted in addition to the JDK's,
 *       as a TLS-inspecting corporate proxy needs (like {@code NODE_EXTRA_CA_CERTS})</td></tr>
 *   <tr><td>{@code O365_HTTP_MAX_RETRIES}</td><td>retries after a 429, 503, 504 or a lost connection; default 5</td></tr>
 *   <tr><td>{@code O365_HTTP_MAX_RETRY_WAIT_SECONDS}</td><td>total wait across the retries of one request; default 120</td></tr>
 *   <tr><td>{@code O365_HTTP_CONNECT_TIMEOUT_SECONDS}</td><td>connection timeout; default 10</td></tr>
 *   <tr><td>{@code O365_HTTP_TIMEOUT_SECONDS}</td><td>time to wait for a response; default 100</td></tr>
 *   <tr><td>{@code O365_HTTP_DEADLINE_SECONDS}</td><td>time for one request of a command, all its attempts, waits
 *       and redirects included; default 120</td></tr>
 *   <tr><td>{@code O365_HTTP_MAX_BODY_MIB}</td><td>the largest response (and {@code request --filePath}) body
 *       in MiB; default 100</td></tr>
 * </table>
 * The upper-case name wins over the lower-case one; an empty value counts as unset.
 *
 * @param httpsProxy     the proxy for https URLs
 * @param httpProxy      the proxy for http URLs
 * @param noProxy        the hosts reached without a proxy
 * @param caFile         extra trusted CA certificates (PEM)
 * @param maxRetries     how many times one request is retried
 * @param maxRetryWait   the most time spent waiting between the attempts of one request
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for a response
 * @param deadline       the most time one request may take, retries included
 * @param maxBodyBytes   the largest body accepted
 */
public record HttpSettings(Optional<ProxyAddress> httpsProxy, Optional<ProxyAddress> httpProxy, NoProxy noProxy,
                           Optional<Path> caFile, int maxRetries, Duration maxRetryWait,
                           Duration connectTimeout, Duration requestTimeout, Duration deadline, long maxBodyBytes) {

    private static final long MIB = 1024L * 1024;
    private static final Map<String, Limit> NUMBERS = Map.of(
            "O365_HTTP_MAX_RETRIES", new Limit(5, 0, 100),
            "O365_HTTP_MAX_RETRY_WAIT_SECONDS", new Limit(120, 0, 3600),
            "O365_HTTP_CONNECT_TIMEOUT_SECONDS", new Limit(10, 1, 3600),
            "O365_HTTP_TIMEOUT_SECONDS", new Limit(100, 1, 3600),
            "O365_HTTP_DEADLINE_SECONDS", new Limit(120, 1, 3600),
            "O365_HTTP_MAX_BODY_MIB", new Limit(100, 1, 65536));

    /** Checks that every part is present. */
    public HttpSettings {
        Objects.requireNonNull(httpsProxy, "httpsProxy");
        Objects.requireNonNull(httpProxy, "httpProxy");
        Objects.requireNonNull(noProxy, "noProxy");
        Objects.requireNonNull(caFile, "caFile");
        Objects.requireNonNull(maxRetryWait, "maxRetryWait");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(deadline, "deadline");
    }

    /** No proxy, no extra CA, the default retries and timeouts. */
    public static HttpSettings defaults() {
        return fromEnvironment(Map.of());
    }

    /**
     * Reads the settings from environment variables.
     *
     * @param env the variables, e.g. {@code HostEnvironment.variables()}
     * @return the settings
     * @throws O365Exception naming the variable whose value is invalid
     */
    public static HttpSettings fromEnvironment(Map<String, String> env) {
        Optional<ProxyAddress> https = variable(env, "HTTPS_PROXY").map(v -> ProxyAddress.parse(v.name(), v.value()));
        Optional<ProxyAddress> http = variable(env, "HTTP_PROXY").map(v -> ProxyAddress.parse(v.name(), v.value()));
        NoProxy noProxy = variable(env, "NO_PROXY").map(v -> NoProxy.parse(v.name(), v.value())).orElse(NoProxy.none());
        Optional<Path> caFile = variable(env, "O365_CA_FILE").map(v -> path(v.name(), v.value()));
        return new HttpSettings(https, http, noProxy, caFile,
                number(env, "O365_HTTP_MAX_RETRIES"),
                Duration.ofSeconds(number(env, "O365_HTTP_MAX_RETRY_WAIT_SECONDS")),
                Duration.ofSeconds(number(env, "O365_HTTP_CONNECT_TIMEOUT_SECONDS")),
                Duration.ofSeconds(number(env, "O365_HTTP_TIMEOUT_SECONDS")),
                Duration.ofSeconds(number(env, "O365_HTTP_DEADLINE_SECONDS")),
                number(env, "O365_HTTP_MAX_BODY_MIB") * MIB);
    }

    /** The body limit in MiB, as users set it. */
    public long maxBodyMiB() {
        return maxBodyBytes / MIB;
    }

    /**
     * The proxy a request to this URI goes through.
     *
     * @param uri an absolute http or https URI
     * @return the proxy, or empty for a direct connection
     */
    public Optional<ProxyAddress> proxyFor(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        Optional<ProxyAddress> proxy = switch (scheme) {
            case "https" -> httpsProxy;
            case "http" -> httpProxy;
            default -> Optional.empty();
        };
        if (proxy.isEmpty() || uri.getHost() == null) {
            return Optional.empty();
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return noProxy.bypasses(uri.getHost(), port) ? Optional.empty() : proxy;
    }

    private record Variable(String name, String value) {
    }

    private static Optional<Variable> variable(Map<String, String> env, String name) {
        for (String candidate : new String[] {name, name.toLowerCase(Locale.ROOT)}) {
            String value = env.get(candidate);
            if (value != null && !value.isBlank()) {
                return Optional.of(new Variable(candidate, value.trim()));
            }
        }
        return Optional.empty();
    }

    private static Path path(String name, String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new O365Exception(name + " is not a valid file path: " + e.getReason());
        }
    }

    private static int number(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty())
                .map(value -> checkNumber(name, value)).orElse(NUMBERS.get(name).fallback());
    }

    /**
     * Checks the value of one of the numeric variables, for {@code cli config set} as for the environment.
     *
     * @param name  the variable, e.g. {@code O365_HTTP_DEADLINE_SECONDS}
     * @param value its value
     * @return the number
     * @throws O365Exception naming the variable, the range and the value
     */
    public static int checkNumber(String name, String value) {
        Limit limit = Objects.requireNonNull(NUMBERS.get(name), name);
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= limit.min() && number <= limit.max()) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new O365Exception(name + " must be a whole number from " + limit.min() + " to " + limit.max() + ", not '" + value + "'");
    }

    private record Limit(int fallback, int min, int max) {
    }
}
