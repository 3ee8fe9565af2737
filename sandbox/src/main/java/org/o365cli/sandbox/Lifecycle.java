package org.o365cli.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.o365cli.sandbox.directory.Seed;
import org.o365cli.sandbox.sharepoint.SharePointSeed;
import org.o365cli.sandbox.signin.SigningKey;
import org.o365cli.sandbox.state.StateFile;
import org.o365cli.sandbox.state.StateFile.Change;
import org.o365cli.sandbox.state.TenantState;

/** Makes the tenant on first use and on reset: the state file and the signing key, under the state's lock. */
final class Lifecycle {

    // 2: the directory is writable, Graph and SharePoint publish their permissions (o365 setup).
    private static final int STATE_VERSION = 2;
    private static final int MAX_USERS = 1_000_000;

    private final ObjectMapper json;
    private final StateFile state;
    private final Path keyFile;

    Lifecycle(ObjectMapper json, StateFile state, Path keyFile) {
        this.json = json;
        this.state = state;
        this.keyFile = keyFile;
    }

    /** The state, made with the defaults when there is none. */
    ObjectNode ensure() {
        Optional<ObjectNode> read = state.read().filter(s -> Files.exists(keyFile));
        if (read.isPresent() && read.get().path("version").asInt() < STATE_VERSION) {
            return state.update(current -> {
                ObjectNode tenant = current.orElseThrow();
                if (tenant.path("version").asInt() >= STATE_VERSION) {
                    return Change.unchanged(tenant);
                }
                new Seed(json).upgradeDirectory(tenant);
                tenant.put("version", STATE_VERSION);
                return Change.written(tenant, tenant);
            });
        }
        return read.orElseGet(() -> state.update(current -> {
            if (current.isPresent() && Files.exists(keyFile)) {
                return Change.unchanged(current.get());
            }
            ObjectNode fresh = fresh(TenantState.DEFAULT_USERS);
            SigningKey.create(keyFile);
            return Change.written(fresh, fresh);
        }));
    }

    /** A new tenant with this many users and a new key. */
    void reset(int users) {
        if (users < 1 || users > MAX_USERS) {
            throw new IllegalArgumentException("--users must be between 1 and " + MAX_USERS + ", not " + users);
        }
        state.update(current -> {
            ObjectNode fresh = fresh(users);
            SigningKey.create(keyFile);
            return Change.written(fresh, null);
        });
    }

    private ObjectNode fresh(int users) {
        ObjectNode fresh = json.createObjectNode();
        fresh.put("version", STATE_VERSION);
        fresh.put("users", users);
        fresh.put("tokenLifetimeSeconds", TenantState.DEFAULT_LIFETIME.toSeconds());
        fresh.put("secret", "Sbx8Q~" + derived("secret").substring(0, 34));
        fresh.put("password", "Contoso-" + derived("password").substring(0, 10) + "!1");
        fresh.putObject("refreshTokens");
        fresh.putObject("certificates");
        new Seed(json).directory(fresh);
        new SharePointSeed(json).seed(fresh);
        return fresh;
    }

    // The same credentials after every reset, so that scripts and docs can rely on them.
    private static String derived(String what) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("o365-sandbox:" + what).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).replace('-', 'x').replace('_', 'y');
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
