package org.o365cli.host.auth.identity;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.SignIn;
import org.o365cli.host.auth.SignInRequest;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.auth.UserAssignedIdentity;
import org.o365cli.host.auth.aad.JsonExchange;
import org.o365cli.host.auth.aad.JsonReply;
import org.o365cli.host.auth.aad.TokenEndpoint;

/**
 * Azure managed identity: asks the local identity endpoint ({@link IdentityEndpoint}) for a token for a
 * resource (not a scope), within the flow's own short timeouts (5 s to connect, 30 s to answer) rather
 * than the stack's; on Azure Arc, once more with the key its challenge names ({@link ArcChallenge}).
 * No refresh token: renewal asks again.
 */
public final class ManagedIdentitySignIn implements SignIn {

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 30_000;
    private static final String WHAT = "the managed identity endpoint";
    private static final DateTimeFormatter LEGACY_EXPIRY = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a xxx", Locale.ROOT);

    private final JsonExchange exchange;
    private final Clock clock;
    private final ManagedIdentityPlatform platform;
    private final Consumer<String> secrets;

    /**
     * @param exchange how requests reach the network
     * @param clock    the clock expiries are counted on
     * @param platform this machine's metadata service and Arc token folder, normally {@link ManagedIdentityPlatform#of}
     * @param secrets  registers a secret with the redactor before it is sent (Azure Arc's key)
     */
    public ManagedIdentitySignIn(JsonExchange exchange, Clock clock, ManagedIdentityPlatform platform, Consumer<String> secrets) {
        this.exchange = exchange;
        this.clock = clock;
        this.platform = platform;
        this.secrets = secrets;
    }

    @Override
    public TokenSet signIn(SignInRequest request) {
        Map<String, String> env = request.environment();
        HTTPRequest http = request(env, request.resource(), request.managedIdentity());
        Instant sentAt = clock.instant();
        JsonReply reply;
        if (IdentityEndpoint.isArc(env)) {
            reply = exchange.sendForChallenge(http, WHAT);
            if (reply.status() == 401) {
                HTTPRequest proven = request(env, request.resource(), request.managedIdentity());
                sentAt = clock.instant();
                reply = answerArcChallenge(reply, proven);
            }
        } else {
            reply = exchange.send(http, WHAT);
        }
        if (!reply.ok()) {
            throw refused(reply, request.managedIdentity());
        }
        String accessToken = reply.text("access_token");
        if (accessToken == null || accessToken.isBlank()) {
            throw new O365Exception("The managed identity endpoint answered without an access token");
        }
        return new TokenSet(accessToken, expiresOn(reply, sentAt, accessToken), null, null);
    }

    /** Once: a second 401 is a refusal, not another round. */
    private JsonReply answerArcChallenge(JsonReply challenged, HTTPRequest proven) {
        String key = ArcChallenge.key(challenged.challenge(), platform.arcTokens());
        secrets.accept(key);
        proven.setAuthorization("Basic " + key);
        JsonReply reply = exchange.sendForChallenge(proven, WHAT);
        if (reply.status() == 401) {
            throw new O365Exception("Azure Arc's identity endpoint refused the key its own challenge named (HTTP 401 again):"
                    + " check that the Azure Connected Machine agent (himds) runs and its managed identity is enabled");
        }
        return reply;
    }

    private HTTPRequest request(Map<String, String> env, Resource resource, UserAssignedIdentity identity) {
        HTTPRequest request = IdentityEndpoint.request(env, platform.imds(), resource, identity);
        request.setConnectTimeout(CONNECT_TIMEOUT_MS);
        request.setReadTimeout(READ_TIMEOUT_MS);
        return request;
    }

    private static Instant expiresOn(JsonReply reply, Instant sentAt, String accessToken) {
        String expiresIn = reply.text("expires_in");
        if (expiresIn != null && expiresIn.strip().matches("\\d+")) {
            return TokenEndpoint.expiresOn(sentAt, Long.parseLong(expiresIn.strip()), accessToken);
        }
        String expiresOn = reply.text("expires_on");
        if (expiresOn != null) {
            String value = expiresOn.strip();
            if (value.matches("\\d+")) {
                return Instant.ofEpochSecond(Long.parseLong(value));
            }
            try {
                return ZonedDateTime.parse(value, LEGACY_EXPIRY).toInstant();
            } catch (DateTimeParseException e) {
                // Fall back to the token's own expiry below.
            }
        }
        return TokenEndpoint.expiresOn(sentAt, 0, accessToken);
    }

    private static O365Exception refused(JsonReply reply, UserAssignedIdentity identity) {
        String error = reply.text("error");
        String description = reply.text("error_description");
        if (description == null) {
            description = reply.text("message");
        }
        String said = description == null ? (error == null ? "" : ": " + error) : ": " + oneLine(description)
                + (error == null ? "" : " (" + error + ")");
        String hint = identity == null ? "check that this machine or app has a system-assigned managed identity"
                : "check that the user-assigned managed identity " + identity.id() + " is assigned to this machine or app";
        return new O365Exception("The managed identity endpoint refused the token request with HTTP " + reply.status() + said
                + ": " + hint);
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\p{Cntrl}", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
