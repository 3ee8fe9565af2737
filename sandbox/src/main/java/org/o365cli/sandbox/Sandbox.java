package org.o365cli.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.o365cli.sandbox.directory.Seed;
import org.o365cli.sandbox.directory.Users;
import org.o365cli.sandbox.faults.FaultInjector;
import org.o365cli.sandbox.faults.Faults;
import org.o365cli.sandbox.graph.GraphRoutes;
import org.o365cli.sandbox.sharepoint.SharePointRoutes;
import org.o365cli.sandbox.signin.BearerCheck;
import org.o365cli.sandbox.signin.RefreshTokens;
import org.o365cli.sandbox.signin.Resources;
import org.o365cli.sandbox.signin.SignInRoutes;
import org.o365cli.sandbox.signin.SigningKey;
import org.o365cli.sandbox.state.StateFile;
import org.o365cli.sandbox.state.StateFile.Change;
import org.o365cli.sandbox.state.TenantState;

/**
 * The emulated tenant "contoso", in process: give it a request for a production URL
 * ({@code https://login.microsoftonline.com/…}, {@code https://graph.microsoft.com/…},
 * {@code https://contoso.sharepoint.com/…}) and it answers as the real service would, from the
 * state kept in {@code <home>/sandbox/}. Safe to use from several processes at once.
 */
public final class Sandbox {

    /** The sign-in host the sandbox answers for. */
    public static final String LOGIN_HOST = "login.microsoftonline.com";
    /** The tenant's domain. */
    public static final String TENANT = Users.DOMAIN;
    /** The app every sign-in to the sandbox uses. */
    public static final String APP_ID = Seed.APP_ID;
    /** The administrator, whom a sign-in without input signs in. */
    public static final String ADMIN = "admin@" + Users.DOMAIN;

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;
    private final StateFile state;
    private final Lifecycle lifecycle;
    private SigningKey key;
    private java.nio.file.attribute.FileTime keyModified;

    /**
     * @param home  the o365 home folder ({@code $O365_HOME}); the state lives in its {@code sandbox} folder
     * @param clock the time
     */
    public Sandbox(Path home, Clock clock) {
        this.folder = home.resolve("sandbox");
        this.clock = clock;
        this.state = new StateFile(folder.resolve("state.json"), json);
        this.lifecycle = new Lifecycle(json, state, folder.resolve("key.json"));
    }

    /** The sandbox of an o365 home, on the system clock. */
    public static Sandbox open(Path home) {
        return new Sandbox(home, Clock.systemUTC());
    }

    /** Whether a host is one the sandbox answers for. */
    public static boolean serves(String host) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        return h.equals(LOGIN_HOST) || h.equals("graph.microsoft.com") || Resources.sharePointHost(h);
    }

    /** Answers one request; a tenant that was never reset is reset with the defaults first. */
    public SandboxResponse handle(SandboxRequest request) {
        ObjectNode current = lifecycle.ensure();
        Faults faults = FaultInjector.read(current);
        sleep(faults.latencyMillis());
        boolean signIn = request.host().equals(LOGIN_HOST);
        Optional<Integer> failure = FaultInjector.draw(faults, signIn);
        if (failure.isPresent()) {
            return Failures.of(json, clock, request, failure.get(), faults.retryAfter());
        }
        SigningKey signingKey = signingKey();
        if (signIn) {
            return new SignInRoutes(json, clock, state, signingKey).handle(request);
        }
        if (!serves(request.host()) || !request.uri().getScheme().equalsIgnoreCase("https")) {
            return SandboxResponse.of(404, "text/plain; charset=utf-8", "The sandbox tenant has no host " + request.origin()
                    + ": it serves https://" + LOGIN_HOST + ", https://graph.microsoft.com and https://contoso*.sharepoint.com");
        }
        BearerCheck.Result token = new BearerCheck(signingKey, clock).check(request);
        if (!token.ok()) {
            return Failures.unauthorized(json, clock, request, token);
        }
        if (request.host().equals("graph.microsoft.com")) {
            return new GraphRoutes(json, clock, state).handle(request, token.claims());
        }
        return new SharePointRoutes(json, clock, state).handle(request);
    }

    /** The tenant's sign-in details and contents. */
    public SandboxStatus status() {
        ObjectNode current = lifecycle.ensure();
        return new SandboxStatus(Users.DOMAIN, Seed.TENANT_ID, Seed.APP_ID, TenantState.secret(current),
                "admin@" + Users.DOMAIN, TenantState.password(current), TenantState.users(json, current).count(),
                current.withArrayProperty("groups").size(), current.path("sharepoint").path("sites").size(),
                TenantState.lifetime(current).toSeconds(), current.withObjectProperty("refreshTokens").size(),
                FaultInjector.read(current), folder.toString());
    }

    /**
     * Rebuilds the tenant: the seeded content, {@code users} users, a new signing key (so every
     * token issued before fails), no refresh tokens, no faults.
     */
    public SandboxStatus reset(int users) {
        lifecycle.reset(users);
        return status();
    }

    /** Revokes every refresh token; returns how many were live. */
    public int revoke() {
        lifecycle.ensure();
        return state.update(current -> {
            ObjectNode tenant = current.orElseThrow();
            return Change.written(tenant, RefreshTokens.revokeAll(tenant));
        });
    }

    /** Sets the faults (or {@link Faults#NONE}). */
    public void faults(Faults faults) {
        lifecycle.ensure();
        state.update(current -> {
            ObjectNode tenant = current.orElseThrow();
            FaultInjector.write(json, tenant, faults);
            return Change.written(tenant, null);
        });
    }

    /**
     * Registers a certificate on the sandbox's app, so that client assertions signed with its key
     * sign the app in ({@code --authType certificate}).
     *
     * @param certificate an RSA certificate
     * @return its thumbprint as client assertions name it ({@code x5t}, base64url SHA-1)
     */
    public String registerCertificate(java.security.cert.X509Certificate certificate) {
        String thumbprint;
        String jwk;
        try {
            thumbprint = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded()));
            jwk = com.nimbusds.jose.jwk.RSAKey.parse(certificate).toPublicJWK().toJSONString();
        } catch (java.security.GeneralSecurityException | com.nimbusds.jose.JOSEException e) {
            throw new IllegalArgumentException("The certificate can't be registered: " + e.getMessage(), e);
        }
        lifecycle.ensure();
        state.update(current -> {
            ObjectNode tenant = current.orElseThrow();
            try {
                tenant.withObjectProperty("certificates").set(thumbprint, json.readTree(jwk));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Change.written(tenant, null);
        });
        return thumbprint;
    }

    /**
     * Registers a third party's API in the tenant, as an app registration exposing it and consented for the
     * sandbox's app would: sign-in then issues tokens for it (delegated scope {@code user_impersonation}).
     * The sandbox does not answer the API's requests; they go where a real request would (a test's stubs).
     *
     * @param resource the API's resource, {@code https://} and a host, e.g. {@code https://hr.contoso.com}
     * @throws IllegalArgumentException for anything else, or a host the sandbox itself serves
     */
    public void registerApi(String resource) {
        String api = Resources.apiResource(resource);
        lifecycle.ensure();
        state.update(current -> {
            ObjectNode tenant = current.orElseThrow();
            com.fasterxml.jackson.databind.node.ArrayNode apis = tenant.withArrayProperty("apis");
            for (com.fasterxml.jackson.databind.JsonNode known : apis) {
                if (known.asText().equals(api)) {
                    return Change.unchanged(null);
                }
            }
            apis.add(api);
            return Change.written(tenant, null);
        });
    }

    /** Sets the lifetime of the access tokens issued from now on. */
    public void tokenLifetime(Duration lifetime) {
        if (lifetime.compareTo(TenantState.MIN_LIFETIME) < 0 || lifetime.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("The token lifetime must be between 60 and 86400 seconds, not "
                    + lifetime.toSeconds());
        }
        lifecycle.ensure();
        state.update(current -> {
            ObjectNode tenant = current.orElseThrow();
            tenant.put("tokenLifetimeSeconds", lifetime.toSeconds());
            return Change.written(tenant, null);
        });
    }

    // Another process's reset replaces the key file; read it again when it changed.
    private SigningKey signingKey() {
        Path file = folder.resolve("key.json");
        try {
            java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(file);
            if (key == null || !modified.equals(keyModified)) {
                key = SigningKey.read(file);
                keyModified = modified;
            }
        } catch (java.io.IOException e) {
            throw new org.o365cli.sandbox.state.SandboxStateException("The sandbox's signing key " + file
                    + " is missing; run 'o365 sandbox reset'");
        }
        return key;
    }

    private static void sleep(int millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
