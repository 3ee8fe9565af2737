package org.o365cli.host.auth;

import java.util.Map;
import org.o365cli.auth.Resource;
import org.o365cli.auth.TokenRenewalException;
import org.o365cli.host.auth.aad.AuthorityResolver;
import org.o365cli.host.auth.certificate.CertificateLoader;
import org.o365cli.host.auth.claims.TokenClaims;
import org.o365cli.host.auth.refresh.RenewalRequest;
import org.o365cli.host.auth.refresh.TokenRenewal;
import org.o365cli.host.store.StoredConnection;

/**
 * Renews a stored connection's token for a resource with what the connection kept: its refresh
 * token, or its app-only credential. A token that is evidently for another audience is refused:
 * handing it out would send the wrong token to an API.
 */
public final class RenewingIssuer implements TokenIssuer {

    private final TokenRenewal renewal;
    private final AuthorityResolver authorities;
    private final CertificateLoader certificates;
    private final Map<String, String> environment;

    /**
     * @param renewal      the token requests
     * @param authorities  endpoints of the connection's authority
     * @param certificates reads the stored certificate
     * @param environment  environment variables (managed identity, federated assertions)
     */
    public RenewingIssuer(TokenRenewal renewal, AuthorityResolver authorities, CertificateLoader certificates,
                          Map<String, String> environment) {
        this.renewal = renewal;
        this.authorities = authorities;
        this.certificates = certificates;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public TokenSet issue(StoredConnection connection, Resource resource) {
        AuthType authType = AuthType.parse(connection.authType());
        String authority = connection.authority() != null ? connection.authority()
                : Cloud.parse(connection.cloud()).authority(connection.tenant());
        String reconnect = ReconnectCommand.format(connection.service(), connection.properties().get("url"),
                connection.authType(), connection.appId(), connection.tenant(), connection.authority(), connection.cloud())
                + (connection.name() == null ? "" : " --name " + connection.name());
        String pem = connection.credential().certificatePem();
        TokenSet tokens = renewal.renew(new RenewalRequest(authType, connection.appId(), authorities.resolve(authority),
                resource, connection.refreshToken(), connection.credential().clientSecret(),
                pem == null ? null : certificates.fromPem(pem), UserAssignedIdentity.of(connection.credential().managedIdentityClientId(),
                        connection.credential().managedIdentityObjectId()),
                connection.credential().federatedProvider(), environment, reconnect));
        if (!TokenClaims.read(tokens.accessToken()).audienceMatches(resource)) {
            throw new TokenRenewalException("The identity provider answered with a token for another audience than "
                    + resource + " (it does not issue tokens for that resource from this connection); "
                    + "connect a service to " + resource + " directly", null, null);
        }
        return tokens;
    }
}
