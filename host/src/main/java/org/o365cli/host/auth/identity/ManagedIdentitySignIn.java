package org.o365cli.host.auth.identity;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Azure managed identity: asks the local identity endpoint for a token for a resource (not a
 * scope). App Service and Functions ({@code IDENTITY_ENDPOINT} + {@code IDENTITY_HEADER},
 * api-version 2019-08-01), their older form ({@code MSI_ENDPOINT} + {@code MSI_SECRET}, 2017-09-01),
 * else the VM's instance metadata service (IMDS, 2018-02-01). No refresh token: renewal asks again.
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
        Map<String, List<String>> query = new LinkedHashMap<>();
        HTTPRequest request;
        if (present(env, "IDENTITY_ENDPOINT") && present(env, "IDENTITY_HEADER")) {
            request = new HTTPRequest(HTTPRequest.Method.GET, URI.create(env.get("IDENTITY_ENDPOINT")));
            request.setHeader("X-IDENTITY-HEADER", env.get("IDENTITY_HEADER"));
            query.put("api-version", List.of("2019-08-01"));
            addClientId(query, "client_id", clientId);
        } else if (present(env, "MSI_ENDPOINT") && present(env, "MSI_SECRET")) {
            request = new HTTPRequest(HTTPRequest.Method.GET, URI.create(env.get("MSI_ENDPOINT")));
            request.setHeader("secret", env.get("MSI_SECRET"));
            query.put("api-version", List.of("2017-09-01"));
            // The 2017-09-01 API names the user-assigned identity "clientid".
            addClientId(query, "clientid", clientId);
        } else {
            request = new HTTPRequest(HTTPRequest.Method.GET, imds);
            request.setHeader("Metadata", "true");
            query.put("api-version", List.of("2018-02-01"));
            addClientId(query, "client_id", clientId);
        }
        query.put("resource", List.of(resource.uri()));
        request.appendQueryParameters(query);
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

    private static void addClientId(Map<String, List<String>> query, String name, String clientId) {
        if (clientId != null && !clientId.isBlank()) {
            query.put(name, List.of(clientId));
        }
    }

    private static boolean present(Map<String, String> env, String name) {
        return env.get(name) != null && !env.get(name).isBlank();
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\p{Cntrl}", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
