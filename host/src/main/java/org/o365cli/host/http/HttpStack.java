package org.o365cli.host.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.o365cli.auth.AccessToken;
import org.o365cli.auth.ApiException;
import org.o365cli.auth.O365Exception;

/**
 * The one way the host talks HTTP, for token and API traffic alike. Every request
 * <ul>
 *   <li>goes through {@code HTTPS_PROXY}/{@code HTTP_PROXY} unless {@code NO_PROXY} exempts its host,
 *       and trusts the CAs of {@code O365_CA_FILE} besides the JDK's ({@link HttpSettings});</li>
 *   <li>carries {@code User-Agent: NONISV|o365cli|o365/<version>};</li>
 *   <li>is retried after 429 and 503 with {@code Retry-After} (honouring it), and for idempotent methods
 *       also after 503 and 504 (backoff with full jitter), and after connection failures when that is
 *       safe: always for idempotent methods, for others (POST, PATCH) only when no connection was made.
 *       A request the server may have acted on is never sent twice;</li>
 *   <li>has its body buffered, and so does its response, up to {@code O365_HTTP_MAX_BODY_MIB};</li>
 *   <li>fails within {@code O365_HTTP_DEADLINE_SECONDS}, all attempts, waits and redirects included;</li>
 *   <li>follows up to 5 redirects of GET and HEAD requests, dropping credentials when the origin changes;</li>
 *   <li>is traced by the {@link HttpTrace}, secrets redacted.</li>
 * </ul>
 * Failures become one-line {@link O365Exception}s; exhausted retries an {@link ApiException}.
 * Responses with other statuses (4xx, 5xx) are returned for the caller to map.
 */
public final class HttpStack {

    private final HttpSettings settings;
    private final String userAgent;
    private final Redactor redactor;
    private final RetryingSender sender;
    private final ThreadLocal<Deadline> shared = new ThreadLocal<>();

    /**
     * @param settings proxies, trusted CAs, retries and timeouts
     * @param clock    the time, for elapsed times and {@code Retry-After} dates
     * @param sleeper  waits between retries
     * @param trace    the {@code --verbose}/{@code --debug} output
     * @param version  the host version, for the user agent
     * @throws O365Exception when {@code O365_CA_FILE} cannot be read
     */
    public HttpStack(HttpSettings settings, Clock clock, Sleeper sleeper, HttpTrace trace, String version) {
        this(settings, new RetryPolicy(settings, clock), clock, sleeper, trace, version, TransportRoute.network(), TlsSetup.onUse());
    }

    /**
     * A stack whose requests go where the route says: the network, or the in-process sandbox.
     *
     * @param settings proxies, trusted CAs, retries and timeouts
     * @param clock    the time, for elapsed times and {@code Retry-After} dates
     * @param sleeper  waits between retries
     * @param trace    the {@code --verbose}/{@code --debug} output
     * @param version  the host version, for the user agent
     * @param route    where each attempt goes
     */
    public HttpStack(HttpSettings settings, Clock clock, Sleeper sleeper, HttpTrace trace, String version, TransportRoute route) {
        this(settings, new RetryPolicy(settings, clock), clock, sleeper, trace, version, route, TlsSetup.onUse());
    }

    /**
     * A stack whose TLS context may have been prepared ahead of it.
     *
     * @param settings proxies, trusted CAs, retries and timeouts
     * @param clock    the time, for elapsed times and {@code Retry-After} dates
     * @param sleeper  waits between retries
     * @param trace    the {@code --verbose}/{@code --debug} output
     * @param version  the host version, for the user agent
     * @param route    where each attempt goes
     * @param tls      the TLS context, prepared or made now
     */
    public HttpStack(HttpSettings settings, Clock clock, Sleeper sleeper, HttpTrace trace, String version, TransportRoute route,
                     TlsSetup tls) {
        this(settings, new RetryPolicy(settings, clock), clock, sleeper, trace, version, route, tls);
    }

    HttpStack(HttpSettings settings, RetryPolicy policy, Clock clock, Sleeper sleeper, HttpTrace trace, String version) {
        this(settings, policy, clock, sleeper, trace, version, TransportRoute.network(), TlsSetup.onUse());
    }

    private HttpStack(HttpSettings settings, RetryPolicy policy, Clock clock, Sleeper sleeper, HttpTrace trace, String version,
                      TransportRoute route, TlsSetup tls) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.userAgent = "NONISV|o365cli|o365/" + Objects.requireNonNull(version, "version");
        this.redactor = trace.redactor();
        HttpClient.Builder client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .proxy(new EnvironmentProxySelector(settings))
                .sslContext(tls.contextFor(settings.caFile()));
        ProxyAuthenticator.of(settings).ifPresent(client::authenticator);
        this.sender = new RetryingSender(new Exchange(client.build(), route, trace, clock, settings.maxBodyBytes()), policy,
                sleeper, trace,
                request -> settings.proxyFor(request.uri()));
    }

    /**
     * Runs work whose requests together get one request's deadline ({@code O365_HTTP_DEADLINE_SECONDS})
     * rather than one each: a token renewal done under the store's lock (discovery, then the token
     * request) so holds it no longer than that, and the processes waiting for the lock can bound their wait.
     *
     * @param work the requests to make, on this thread
     * @return what the work returned
     */
    public <T> T withinOneDeadline(Supplier<T> work) {
        if (shared.get() != null) {
            return work.get();
        }
        shared.set(new Deadline(settings.deadline()));
        try {
            return work.get();
        } finally {
            shared.remove();
        }
    }

    /** The largest body a request or response may have, in bytes. */
    public long maxBodyBytes() {
        return settings.maxBodyBytes();
    }

    /** The {@code User-Agent} every request carries. */
    public String userAgent() {
        return userAgent;
    }

    /**
     * Sends a request as it is (its body, if any, is buffered first).
     *
     * @param request the request
     * @return the response, whatever its status, after retries and redirects
     * @throws O365Exception when the server cannot be reached or retries run out
     */
    public HttpResponse<byte[]> send(HttpRequest request) {
        return send(request, RequestBodies.read(request), Optional.empty());
    }

    /**
     * Sends a request with this body, in place of any the request has; its method is kept.
     *
     * @param request the request, e.g. {@code HttpRequest.newBuilder(uri).method("PATCH", noBody())}
     * @param body    the body bytes
     * @return the response, whatever its status, after retries and redirects
     */
    public HttpResponse<byte[]> send(HttpRequest request, byte[] body) {
        return send(request, body.clone(), Optional.empty());
    }

    /**
     * Sends a request with {@code Authorization: Bearer <token>}, after checking that the request
     * goes to the token's resource (scheme, host and port) over https (or plain http to a loopback host).
     *
     * @param request the request
     * @param token   the token for the request's resource
     * @return the response, whatever its status
     * @throws O365Exception when the token may not go to the request's URL; nothing is sent then
     */
    public HttpResponse<byte[]> send(HttpRequest request, AccessToken token) {
        TokenOrigin.check(request.uri(), token);
        return send(request, RequestBodies.read(request), Optional.of(token));
    }

    /**
     * Sends a request with a token from the source; when the API answers 401 saying the token is
     * invalid or expired, gets a new token ({@code tokens.get(true)}) once and sends again.
     *
     * @param request the request
     * @param tokens  gives the token for the request's resource
     * @return the response, whatever its status, unless it is a second 401
     * @throws ApiException when the API rejects the renewed token too
     */
    public HttpResponse<byte[]> send(HttpRequest request, TokenSource tokens) {
        byte[] body = RequestBodies.read(request);
        AccessToken token = tokens.get(false);
        TokenOrigin.check(request.uri(), token);
        HttpResponse<byte[]> response = send(request, body, Optional.of(token));
        if (!TokenRejection.isRejectedToken(response)) {
            return response;
        }
        AccessToken renewed = tokens.get(true);
        TokenOrigin.check(request.uri(), renewed);
        response = send(request, body, Optional.of(renewed));
        if (response.statusCode() == 401) {
            throw new ApiException(401, Failures.origin(request.uri()) + " rejected the access token again after renewing it ("
                    + redactor.redact(TokenRejection.summary(response)) + "); connect again");
        }
        return response;
    }

    private HttpResponse<byte[]> send(HttpRequest request, byte[] body, Optional<AccessToken> token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request, (name, value) -> true)
                .setHeader("User-Agent", userAgent)
                .timeout(request.timeout().orElse(settings.requestTimeout()));
        boolean hadBody = request.bodyPublisher().map(publisher -> publisher.contentLength() != 0).orElse(false);
        if (body.length > 0 || hadBody) {
            // A byte array publisher can be read again on every retry and redirect.
            builder.method(request.method(), body.length > 0 ? HttpRequest.BodyPublishers.ofByteArray(body)
                    : HttpRequest.BodyPublishers.noBody());
        }
        token.ifPresent(t -> builder.setHeader("Authorization", t.authorizationHeader()));
        HttpRequest current = builder.build();
        Deadline deadline = Optional.ofNullable(shared.get()).orElseGet(() -> new Deadline(settings.deadline()));
        for (int redirects = 0; ; redirects++) {
            HttpResponse<byte[]> response = sender.send(current, body, deadline);
            Optional<URI> next = Redirects.target(response);
            if (next.isEmpty()) {
                return response;
            }
            if (redirects == Redirects.MAX) {
                throw new O365Exception(current.method() + " " + Failures.origin(request.uri()) + request.uri().getRawPath()
                        + " redirected more than " + Redirects.MAX + " times; check the URL");
            }
            current = Redirects.follow(current, next.get(), token);
        }
    }
}
