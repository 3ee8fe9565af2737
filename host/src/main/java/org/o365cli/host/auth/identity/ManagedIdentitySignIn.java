package org.o365cli.host.auth.identity;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.SignIn;
import org.o365cli.host.auth.SignInRequest;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.auth.aad.JsonExchange;
import org.o365cli.host.auth.aad.JsonReply;
import org.o365cli.host.auth.aad.TokenEndpoint;

/**
 * Azure managed identity: asks the local identity endpoint ({@link IdentityEndpoint}) for a token for a
 * resource (not a scope), within the flow's own short timeouts (5 s to connect, 30 s to answer) rather
 * than the stack's. No refresh token: renewal asks again.
 */
public final class ManagedIdentitySignIn implements SignIn {

    /** The instance metadata service's token endpoint on Azure VMs. */
    public static final URI IMDS = URI.create("http://169.254.169.254/metadata/identity/oauth2/token");

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 30_000;
    private static final String WHAT = "the managed identity endpoint";
    private static final DateTimeFormatter LEGACY_EXPIRY = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a xxx", Locale.ROOT);

    private final JsonExchange exchange;
    private final Clock clock;
    private final URI imds;

    /**
     * @param exchange how requests reach the network
     * @param clock    the clock expiries are counted on
     * @param imds     the instance metadata service's token endpoint, normally {@link #IMDS}
     */
    public ManagedIdentitySignIn(JsonExchange exchange, Clock clock, URI imds) {
        this.exchange = exchange;
        this.clock = clock;
        this.imds = imds;
    }

    @Override
    public TokenSet signIn(SignInRequest request) {
        HTTPRequest http = request(request.environment(), request.resource(), request.managedIdentityClientId());
        Instant sentAt = clock.instant();
        JsonReply reply = exchange.send(http, WHAT);
        if (!reply.ok()) {
            throw refused(reply, request.managedIdentityClientId());
        }
        String accessToken = reply.text("access_token");
        if (accessToken == null || accessToken.isBlank()) {
            throw new O365Exception("The managed identity endpoint answered without an access token");
        }
        return new TokenSet(accessToken, expiresOn(reply, sentAt, accessToken), null, null);
    }

    private HTTPRequest request(Map<String, String> env, Resource resource, String clientId) {
        HTTPRequest request = IdentityEndpoint.request(env, imds, resource, clientId);
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

    private static O365Exception refused(JsonReply reply, String clientId) {
        String error = reply.text("error");
        String description = reply.text("error_description");
        if (description == null) {
            description = reply.text("message");
        }
        String said = description == null ? (error == null ? "" : ": " + error) : ": " + oneLine(description)
                + (error == null ? "" : " (" + error + ")");
        String hint = clientId == null ? "check that this machine or app has a system-assigned managed identity"
                : "check that the user-assigned managed identity " + clientId + " is assigned to this machine or app";
        return new O365Exception("The managed identity endpoint refused the token request with HTTP " + reply.status() + said
                + ": " + hint);
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\p{Cntrl}", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
