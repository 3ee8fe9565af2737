package org.o365cli.host.auth.browser;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.id.State;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.o365cli.auth.Cancellation;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.auth.aad.AadErrors;

/**
 * The loopback redirect target of a browser sign-in: an HTTP server on 127.0.0.1 and a random
 * port that takes the one authorization response, checks its {@code state}, shows the browser a
 * page and hands the code to the waiting sign-in.
 */
public final class LoopbackReceiver implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final HttpServer server;
    private final State expectedState;
    private final CompletableFuture<AuthorizationCode> result = new CompletableFuture<>();

    private LoopbackReceiver(HttpServer server, State expectedState) {
        this.server = server;
        this.expectedState = expectedState;
    }

    /**
     * @param expectedState the state sent in the authorization request
     * @return a receiver listening on a random port of 127.0.0.1
     */
    public static LoopbackReceiver start(State expectedState) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            LoopbackReceiver receiver = new LoopbackReceiver(server, expectedState);
            server.createContext("/", receiver::handle);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new O365Exception("Could not listen on a local port for the browser's redirect: " + e.getMessage(), e);
        }
    }

    /** {@code http://localhost:<port>}, the redirect URI Azure AD accepts for any loopback port. */
    public URI redirectUri() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /**
     * Waits for the authorization response.
     *
     * @param timeout      how long the user has to sign in
     * @param cancellation whether the user asked to stop
     * @return the authorization code
     * @throws O365Exception when the answer is an error or carries another state, on timeout, or when cancelled
     */
    public AuthorizationCode await(Duration timeout, Cancellation cancellation) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (cancellation.isCancelled()) {
                throw new O365Exception("Sign-in cancelled");
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new O365Exception("No sign-in arrived from the browser within " + describe(timeout)
                        + ": run the command again, or use --authType deviceCode where no browser can reach this machine");
            }
            try {
                return result.get(Math.min(left, POLL.toNanos()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // Check cancellation and the deadline again.
            } catch (ExecutionException e) {
                throw (O365Exception) e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new O365Exception("Sign-in cancelled", e);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            if (!"GET".equals(exchange.getRequestMethod()) || query == null || !exchange.getRequestURI().getPath().equals("/")) {
                reply(exchange, 404, "Not found", "This address only takes the sign-in answer.");
                return;
            }
            if (result.isDone()) {
                reply(exchange, 409, "Already answered", "This sign-in has already been answered. You can close this tab.");
                return;
            }
            AuthorizationResponse response;
            try {
                response = AuthorizationResponse.parse(URI.create(redirectUri() + "/?" + query));
            } catch (ParseException e) {
                fail(exchange, new O365Exception("The browser's sign-in answer can't be read: " + e.getMessage()
                        + ": run the command again", e));
                return;
            }
            if (!expectedState.equals(response.getState())) {
                fail(exchange, new O365Exception("The browser's sign-in answer carried a state other than the one sent,"
                        + " so it was rejected (possible cross-site request forgery): run the command again"));
                return;
            }
            if (!response.indicatesSuccess()) {
                fail(exchange, error(response.toErrorResponse()));
                return;
            }
            reply(exchange, 200, "Signed in", "You are signed in to o365. You can close this tab and return to the terminal.");
            result.complete(response.toSuccessResponse().getAuthorizationCode());
        }
    }

    private static O365Exception error(AuthorizationErrorResponse response) {
        if ("access_denied".equals(response.getErrorObject().getCode())) {
            return new O365Exception("Sign-in was declined or cancelled in the browser (access_denied):"
                    + " run the command again and accept the sign-in");
        }
        return AadErrors.signInFailure(response.getErrorObject(), GrantType.AUTHORIZATION_CODE);
    }

    private void fail(HttpExchange exchange, O365Exception failure) throws IOException {
        reply(exchange, 400, "Sign-in failed", failure.getMessage() + ". You can close this tab.");
        result.completeExceptionally(failure);
    }

    private static void reply(HttpExchange exchange, int status, String title, String text) throws IOException {
        byte[] page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>o365: " + escape(title) + "</title></head>"
                + "<body><h1>" + escape(title) + "</h1><p>" + escape(text) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, page.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(page);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String describe(Duration timeout) {
        return timeout.toMinutes() >= 1 && timeout.toSecondsPart() == 0
                ? timeout.toMinutes() + (timeout.toMinutes() == 1 ? " minute" : " minutes")
                : timeout.toMillis() / 1000.0 + " seconds";
    }
}
