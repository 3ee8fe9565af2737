package org.o365cli.host.auth.connect;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.ConnectResource;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.Endpoints;
import org.o365cli.host.auth.SignIn;
import org.o365cli.host.auth.SignInRequest;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.auth.UserAssignedIdentity;
import org.o365cli.host.auth.aad.AuthorityResolver;
import org.o365cli.host.auth.certificate.CertificateCredential;
import org.o365cli.host.auth.certificate.CertificateLoader;
import org.o365cli.host.auth.claims.TokenClaims;
import org.o365cli.host.plugin.LoadedService;
import org.o365cli.host.store.ConnectionSource;
import org.o365cli.host.store.ConnectionStore;
import org.o365cli.host.store.PendingConnection;
import org.o365cli.host.store.StoredConnection;
import org.o365cli.host.store.StoredCredential;

/**
 * Signs in as a plan says, checks the token is for the resource asked, runs the service's
 * after-connect step with the new connection (spo reads its tenant there), then stores it. Until
 * then the previous connection, if any, stays stored: a failed or killed connect loses nothing.
 */
public final class SignInConnector implements Connector {

    private final SignIn signIn;
    private final AuthorityResolver authorities;
    private final CertificateLoader certificates;
    private final ConnectionStore store;
    private final BiFunction<LoadedService, ConnectionSource, CommandContext> contexts;

    /**
     * @param signIn       the sign-in flows
     * @param authorities  endpoints of an authority
     * @param certificates reads certificate files
     * @param store        the connections
     * @param contexts     a service's command context on a connection (for its after-connect step)
     */
    public SignInConnector(SignIn signIn, AuthorityResolver authorities, CertificateLoader certificates,
                           ConnectionStore store, BiFunction<LoadedService, ConnectionSource, CommandContext> contexts) {
        this.signIn = signIn;
        this.authorities = authorities;
        this.certificates = certificates;
        this.store = store;
        this.contexts = contexts;
    }

    @Override
    public StoredConnection connect(ConnectPlan plan, LoadedService service) {
        store.checkWritable();
        CertificateCredential certificate = plan.certificate() == null ? null
                : certificates.fromBytes(plan.certificate(), plan.certificateName(), plan.password(), plan.thumbprint());
        Endpoints endpoints = authorities.resolve(plan.effectiveAuthority());
        UserAssignedIdentity managedIdentity = plan.managedIdentity();
        // The federated assertion's provider is told from the environment, at connect and at each renewal.
        String federatedProvider = null;
        TokenSet tokens = signIn.signIn(new SignInRequest(plan.authType(), plan.appId(), plan.tenant(), endpoints,
                plan.resource(), plan.userName(), plan.authType() == AuthType.PASSWORD ? plan.password() : null,
                certificate, plan.secret(), managedIdentity, federatedProvider, plan.environment()));
        TokenClaims claims = TokenClaims.read(tokens.accessToken());
        if (!claims.audienceMatches(plan.resource())) {
            throw new O365Exception("Signed in, but the token is for " + String.join(", ", claims.audience()) + ", not "
                    + plan.resource() + "; check that the identity provider knows that resource");
        }
        Map<String, String> properties = new HashMap<>();
        if (service.connectResource() instanceof ConnectResource.FromUrlArgument) {
            properties.put("url", plan.url());
        }
        plan.flags().forEach(flag -> properties.put(flag, "true"));
        StoredCredential credential = new StoredCredential(plan.authType() == AuthType.SECRET ? plan.secret() : null,
                certificate == null ? null : certificate.toPem(), stored(managedIdentity, false), federatedProvider,
                stored(managedIdentity, true));
        StoredConnection connection = new StoredConnection(plan.service(), plan.authType().id(), plan.appId(),
                plan.tenant(), plan.cloud().name(), plan.authority(), plan.resource().uri(), tokens.accessToken(),
                tokens.expiresOn(), tokens.refreshToken(), claims.connectedAs(), claims.tenantId(), claims.objectId(),
                properties, credential, Map.of(), plan.name(), service.pluginId());
        return runAfterConnectThenStore(connection, service);
    }

    /** The identity as the store keeps it: a client or resource id in one field, an object id in the other. */
    private static String stored(UserAssignedIdentity identity, boolean objectId) {
        if (identity == null || (identity.kind() == UserAssignedIdentity.Kind.OBJECT_ID) != objectId) {
            return null;
        }
        return identity.id();
    }

    /**
     * The after-step works on the connection not stored yet (its token requests renew that copy),
     * and only the finished connection is stored, in one write under the store's lock. The step
     * cannot run under that lock, since its token requests take the lock themselves; running it
     * first means a step that fails, or a process killed during it, leaves the previous connection.
     */
    private StoredConnection runAfterConnectThenStore(StoredConnection connection, LoadedService service) {
        PendingConnection pending = new PendingConnection(connection);
        Map<String, String> extra = service.plugin() == null ? Map.of()
                : service.plugin().afterConnect(contexts.apply(service, pending));
        StoredConnection made = pending.current();
        Map<String, String> properties = new HashMap<>(made.properties());
        properties.putAll(extra);
        return store.put(made.withProperties(properties));
    }
}
