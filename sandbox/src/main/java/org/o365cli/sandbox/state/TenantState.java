package org.o365cli.sandbox.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.o365cli.sandbox.directory.Users;

/**
 * Reads the settings a reset writes into the state: the number of users, the token lifetime and
 * the credentials of the sandbox's app and users.
 */
public final class TenantState {

    /** The default number of users of a reset tenant. */
    public static final int DEFAULT_USERS = 25;
    /** The default access token lifetime. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(60);
    /** The shortest access token lifetime the sandbox allows. */
    public static final Duration MIN_LIFETIME = Duration.ofSeconds(60);

    private TenantState() {
    }

    /** The users of the tenant the state describes. */
    public static Users users(ObjectMapper json, ObjectNode state) {
        return new Users(json, state.path("users").asInt(DEFAULT_USERS));
    }

    /** How long access tokens are valid. */
    public static Duration lifetime(ObjectNode state) {
        return Duration.ofSeconds(state.path("tokenLifetimeSeconds").asLong(DEFAULT_LIFETIME.toSeconds()));
    }

    /** The sandbox app's client secret. */
    public static String secret(ObjectNode state) {
        return state.path("secret").asText();
    }

    /** Every user's password. */
    public static String password(ObjectNode state) {
        return state.path("password").asText();
    }
}
