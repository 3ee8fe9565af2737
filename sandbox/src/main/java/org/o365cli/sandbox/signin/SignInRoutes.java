package org.o365cli.sandbox.signin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.o365cli.sandbox.Form;
import org.o365cli.sandbox.SandboxRequest;
import org.o365cli.sandbox.SandboxResponse;
import org.o365cli.sandbox.directory.Seed;
import org.o365cli.sandbox.directory.Users;
import org.o365cli.sandbox.state.StateFile;

/**
 * {@code https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token} and {@code …/devicecode}:
 * the grants password, client credentials (secret or certificate assertion), device code and
 * refresh token, for the sandbox's app, answering like the Microsoft identity platform.
 */
public final class SignInRoutes {

    private static final Set<String> TENANTS = Set.of(Users.DOMAIN, Seed.TENANT_ID, "common", "organizations");

    private final ObjectMapper json;
    private final Clock clock;
    private final Grants grants;
    private final StateFile state;

    /**
     * @param json  the mapper
     * @param clock the time
     * @param state the tenant's state
     * @param key   the signing key
     */
    public SignInRoutes(ObjectMapper json, Clock clock, StateFile state, SigningKey key) {
        this.json = json;
        this.clock = clock;
        this.state = state;
        this.grants = new Grants(json, clock, state, new Tokens(key, clock), key);
    }

    /** Answers a request to the sign-in host. */
    public SandboxResponse handle(SandboxRequest request) {
        String[] path = request.uri().getPath().replaceFirst("^/", "").split("/");
        if (path.length != 4 || !path[1].equals("oauth2") || !path[2].equals("v2.0")) {
            return AadError.badRequest(900561, "The endpoint only accepts POST requests to /<tenant>/oauth2/v2.0/token "
                    + "or /devicecode; the sandbox does not emulate " + request.uri().getPath() + ".")
                    .response(json, clock);
        }
        if (!TENANTS.contains(path[0].toLowerCase(Locale.ROOT))) {
            return new AadError(400, "invalid_tenant", 90002, "Tenant '" + path[0] + "' not found. The sandbox tenant is "
                    + Users.DOMAIN + " (" + Seed.TENANT_ID + ").").response(json, clock);
        }
        if (!request.method().equals("POST")) {
            return AadError.badRequest(900561, "The endpoint only accepts POST requests. Received a " + request.method()
                    + " request.").response(json, clock);
        }
        Form form = Form.parse(request.text());
        Optional<String> clientId = form.get("client_id");
        if (clientId.isEmpty()) {
            return AadError.badRequest(900144, "The request body must contain the following parameter: 'client_id'.")
                    .response(json, clock);
        }
        if (state.read().flatMap(tenant -> Clients.find(tenant, clientId.get())).isEmpty()) {
            return new AadError(400, "unauthorized_client", 700016, "Application with identifier '" + clientId.get()
                    + "' was not found in the directory 'Contoso'. The sandbox's app is " + Seed.APP_ID
                    + "; an app registered in the tenant (o365 setup --sandbox) signs in too.")
                    .response(json, clock);
        }
        return switch (path[3]) {
            case "token" -> grants.token(form, path[0]);
            case "devicecode" -> deviceCode(form);
            default -> AadError.badRequest(900561, "The sandbox does not emulate " + request.uri().getPath() + ".")
                    .response(json, clock);
        };
    }

    private SandboxResponse deviceCode(Form form) {
        if (form.get("scope").flatMap(Resources::fromScope).filter(Resources::known).isEmpty()) {
            return AadError.badRequest(90014, "The required field 'scope' is missing or names no sandbox resource.")
                    .response(json, clock);
        }
        DeviceCodes.Code code = grants.deviceCodes().issue(form.get("scope").get());
        ObjectNode body = json.createObjectNode();
        body.put("user_code", code.userCode());
        body.put("device_code", code.deviceCode());
        body.put("verification_uri", "https://microsoft.com/devicelogin");
        body.put("expires_in", DeviceCodes.LIFETIME.toSeconds());
        body.put("interval", 1);
        String admin = "admin@" + Users.DOMAIN;
        body.put("message", "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code "
                + code.userCode() + " to authenticate. (The sandbox signs in " + admin + " by itself in a moment.)");
        return SandboxResponse.of(200, "application/json; charset=utf-8", body.toString());
    }
}
