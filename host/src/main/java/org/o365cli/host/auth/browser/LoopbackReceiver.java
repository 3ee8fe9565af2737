package org.o365cli.host.auth.browser;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.util.MultivaluedMapUtils;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
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
 * The loopback redirect target of a browser sign-in: HTTP servers on one random port of 127.0.0.1
 * and ::1 that take the one authorization response carrying the {@code state} sent, show the
 * browser a page and hand the code to the waiting sign-in. A request without that state, which
 * any local program or web page could send, gets a 400 page and is otherwise ignored, so it can
 * neither end nor hijack the sign-in.
 */
public final class LoopbackReceiver implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final State expectedState;
    private final CompletableFuture<AuthorizationCode> result = new CompletableFuture<>();
    private LoopbackListeners listeners;

    private LoopbackReceiver(State expectedState) {
        this.expectedState = expectedState;
    }

    /**
     * @param expectedState the state sent in the authorization request
     * @return a receiver listening on a random port of 127.0.0.1 and ::1
     */
    public static LoopbackReceiver start(State expectedState) {
        try {
            LoopbackReceiver receiver = new LoopbackReceiver(expectedState);
            receiver.listeners = LoopbackListeners.start(receiver::handle);
            return receiver;
        } catch (IOException e) {
            throw new O365Exception("Could not listen on a local port for the browser's redirect: " + e.getMessage(), e);
        }
    }

    /** {@code http://localhost:<port>}, the redirect URI Azure AD accepts for any loopback port. */
    public URI redirectUri() {
        return URI.create("http://localhost:" + listeners.port());
    }

    /**
     * Waits for the authorization response.
     *
     * @param timeout      how long the user has to sign in
     * @param cancellation whether the user asked to stop
     * @return the authorization code
     * @throws O365Exception when the answer is an error, on timeout, or when cancelled
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
        listeners.close();
    }

    // Synchronized: the two listeners each have a thread, and only one answer may win.
    private synchronized void handle(HttpExchange exchange) throws IOException {
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
            // Checked before anything else is read: only the redirect of our own request may end the sign-in.
            if (!expectedState.getValue().equals(MultivaluedMapUtils.getFirstValue(URLUtils.parseParameters(query), "state"))) {
                reply(exchange, 400, "Not this sign-in", "This answer does not carry the state o365 sent, so it was"
                        + " ignored (possible cross-site request forgery). o365 keeps waiting for the real sign-in.");
                return;
            }
            AuthorizationResponse response;
            try {
                response = AuthorizationResponse.parse(URI.create("http://localhost/?" + query));
            } catch (ParseException e) {
                fail(exchange, new O365Exception("The browser's sign-in answer can't be read: " + e.getMessage()
                        + ": run the command again", e));
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
