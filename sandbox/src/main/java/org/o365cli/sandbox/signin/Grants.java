package org.o365cli.sandbox.signin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.o365cli.sandbox.Form;
import org.o365cli.sandbox.SandboxResponse;
import org.o365cli.sandbox.directory.Seed;
import org.o365cli.sandbox.directory.Users;
import org.o365cli.sandbox.state.StateFile;
import org.o365cli.sandbox.state.StateFile.Change;
import org.o365cli.sandbox.state.TenantState;

/** The token endpoint's grants. */
final class Grants {

    private static final String DEVICE_CODE = "urn:ietf:params:oauth:grant-type:device_code";

    private final ObjectMapper json;
    private final Clock clock;
    private final StateFile state;
    private final Tokens tokens;
    private final DeviceCodes deviceCodes;
    private final ClientAssertions assertions;

    Grants(ObjectMapper json, Clock clock, StateFile state, Tokens tokens, SigningKey key) {
        this.json = json;
        this.clock = clock;
        this.state = state;
        this.tokens = tokens;
        this.deviceCodes = new DeviceCodes(key, clock);
        this.assertions = new ClientAssertions(clock);
    }

    DeviceCodes deviceCodes() {
        return deviceCodes;
    }

    SandboxResponse token(Form form, String tenant) {
        String grant = form.get("grant_type").orElse("");
        // A device code token request carries no scope (RFC 8628): the code was issued for one.
        String scope = grant.equals(DEVICE_CODE)
                ? Optional.ofNullable(deviceCodes.poll(form.get("device_code").orElse("")).scope()).orElse("")
                : form.get("scope").orElse("");
        Optional<String> resource = Resources.fromScope(scope);
        if (resource.isEmpty() && !grant.equals("refresh_token") && !grant.equals(DEVICE_CODE)) {
            return AadError.badRequest(90014, "The required field 'scope' is missing from the credential. Ensure that you "
                    + "have all the necessary parameters for the login request.").response(json, clock);
        }
        return state.update(current -> {
            ObjectNode tenantState = current.orElseThrow();
            if (resource.isPresent() && !Resources.known(resource.get(), tenantState)) {
                return Change.unchanged(new AadError(400, "invalid_resource", 500011, "The resource principal named "
                        + resource.get() + " was not found in the tenant named Contoso.").response(json, clock));
            }
            Users users = TenantState.users(json, tenantState);
            Clients.Client client = Clients.find(tenantState, form.get("client_id").orElse("")).orElseThrow();
            if (!grant.equals("client_credentials") && !client.publicClient()) {
                return Change.unchanged(AadError.invalidClient(7000218, "The request body must contain the following "
                        + "parameter: 'client_assertion' or 'client_secret'.").response(json, clock));
            }
            Outcome outcome = switch (grant) {
                case "password" -> password(form, users, tenantState);
                case "client_credentials" -> client.kind() == Clients.Kind.FIRST_PARTY
                        ? Outcome.failed(AadError.invalidClient(7000218, "The request body must contain the following "
                        + "parameter: 'client_assertion' or 'client_secret'."))
                        : clientCredentials(form, tenant, tenantState, client);
                case DEVICE_CODE -> deviceCode(form, users);
                case "refresh_token" -> refresh(form, users, tenantState);
                default -> Outcome.failed(new AadError(400, "unsupported_grant_type", 70003, "The app requested an "
                        + "unsupported grant type '" + grant + "'."));
            };
            if (outcome.error() != null) {
                return Change.unchanged(outcome.error().response(json, clock));
            }
            String audience = resource.orElse(Resources.GRAPH);
            Optional<String> delegated = outcome.user() == null ? Optional.of("")
                    : Clients.delegated(tenantState, client, audience, scope);
            if (delegated.isEmpty()) {
                return Change.unchanged(AadError.invalidGrant(65001, "The user or administrator has not consented to use the "
                        + "application with ID '" + client.appId() + "'. Send an interactive authorization request for this user "
                        + "and resource.").response(json, clock));
            }
            return Change.written(tenantState, answer(outcome, client, audience, delegated.get(), scope, tenantState));
        });
    }

    private SandboxResponse answer(Outcome outcome, Clients.Client client, String resource, String scp, String scope,
                                   ObjectNode tenantState) {
        Duration lifetime = TenantState.lifetime(tenantState);
        ObjectNode body = json.createObjectNode();
        body.put("token_type", "Bearer");
        body.put("scope", outcome.user() == null ? resource + "/.default"
                : String.join(" ", scp.split(" ")).replaceAll("(\\S+)", resource + "/$1"));
        body.put("expires_in", lifetime.toSeconds());
        body.put("ext_expires_in", lifetime.toSeconds());
        if (outcome.user() == null) {
            body.put("access_token", tokens.forApp(client.appId(), client.servicePrincipalId(), resource,
                    Clients.roles(tenantState, client, resource), lifetime));
        } else {
            Tokens.Subject user = outcome.user();
            Tokens.Subject subject = new Tokens.Subject(user.objectId(), user.userPrincipalName(), user.displayName(), client.appId());
            body.put("access_token", tokens.forUser(subject, resource, scp, lifetime));
            if (scope.contains("offline_access") || outcome.refreshed()) {
                body.put("refresh_token", RefreshTokens.issue(tenantState, user.objectId(), client.appId(), clock.instant()));
            }
            if (scope.contains("openid")) {
                body.put("id_token", tokens.idToken(subject, lifetime));
            }
        }
        return SandboxResponse.of(200, "application/json; charset=utf-8", body.toString());
    }

    private Outcome password(Form form, Users users, ObjectNode tenantState) {
        String name = form.get("username").orElse("");
        Optional<Integer> user = users.find(name);
        if (user.isEmpty()) {
            return Outcome.failed(AadError.invalidGrant(50034, "The user account " + name + " does not exist in the "
                    + Users.DOMAIN + " directory. To sign into this application, the account must be added to the directory."));
        }
        if (!same(form.get("password").orElse(""), TenantState.password(tenantState))) {
            return Outcome.failed(AadError.invalidGrant(50126, "Error validating credentials due to invalid username or password."));
        }
        return Outcome.of(subject(users, user.get()));
    }

    private Outcome clientCredentials(Form form, String tenant, ObjectNode tenantState, Clients.Client client) {
        Optional<String> secret = form.get("client_secret");
        if (secret.isPresent() && client.kind() == Clients.Kind.REGISTERED) {
            return Outcome.failed(AadError.invalidClient(7000215, "Invalid client secret provided. The app '" + client.appId()
                    + "' has no secrets in the sandbox; sign it in with its certificate."));
        }
        if (secret.isPresent()) {
            return same(secret.get(), TenantState.secret(tenantState)) ? Outcome.of(null)
                    : Outcome.failed(AadError.invalidClient(7000215, "Invalid client secret provided. Ensure the secret being "
                    + "sent in the request is the client secret value, not the client secret ID, for a secret added to app '"
                    + Seed.APP_ID + "'."));
        }
        if (form.get("client_assertion").isPresent()) {
            String endpoint = "https://login.microsoftonline.com/" + tenant + "/oauth2/v2.0/token";
            return assertions.check(form, endpoint, tenantState, client.appId()).map(Outcome::failed).orElse(Outcome.of(null));
        }
        return Outcome.failed(AadError.invalidClient(7000218, "The request body must contain the following parameter: "
                + "'client_assertion' or 'client_secret'."));
    }

    private Outcome deviceCode(Form form, Users users) {
        DeviceCodes.Poll poll = deviceCodes.poll(form.get("device_code").orElse(""));
        return switch (poll.status()) {
            case APPROVED -> Outcome.of(subject(users, 0));
            case PENDING -> Outcome.failed(new AadError(400, "authorization_pending", 70016, "OAuth 2.0 device flow error. "
                    + "Authorization is pending. Continue polling."));
            case EXPIRED -> Outcome.failed(new AadError(400, "expired_token", 70020, "The provided value for the input "
                    + "parameter 'device_code' is not valid. This device code has expired."));
            case INVALID -> Outcome.failed(AadError.invalidGrant(70000, "The provided value for the input parameter "
                    + "'device_code' is not valid."));
        };
    }

    private Outcome refresh(Form form, Users users, ObjectNode tenantState) {
        String token = form.get("refresh_token").orElse("");
        Optional<ObjectNode> entry = RefreshTokens.redeem(tenantState, token, clock.instant());
        if (entry.isEmpty()) {
            return Outcome.failed(RefreshTokens.revoked(tenantState, token)
                    ? AadError.invalidGrant(50173, "The provided grant has expired due to it being revoked, a fresh auth "
                    + "token is needed. The user might have changed or reset their password.")
                    : AadError.invalidGrant(70000, "Provided grant is invalid or malformed."));
        }
        Optional<Integer> user = users.find(entry.get().path("oid").asText());
        return user.map(i -> new Outcome(subject(users, i), null, true))
                .orElseGet(() -> Outcome.failed(AadError.invalidGrant(50034, "The user account does not exist in the "
                        + Users.DOMAIN + " directory.")));
    }

    private static Tokens.Subject subject(Users users, int index) {
        ObjectNode user = users.at(index);
        return new Tokens.Subject(user.get("id").asText(), user.get("userPrincipalName").asText(),
                user.get("displayName").asText(), Seed.APP_ID);
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private record Outcome(Tokens.Subject user, AadError error, boolean refreshed) {
        static Outcome of(Tokens.Subject user) {
            return new Outcome(user, null, false);
        }

        static Outcome failed(AadError error) {
            return new Outcome(null, error, false);
        }
    }
}
