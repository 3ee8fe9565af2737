package org.o365cli.host.auth.refresh;

import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.Endpoints;
import org.o365cli.host.auth.UserAssignedIdentity;
import org.o365cli.host.auth.certificate.CertificateCredential;

/**
 * What renewing a token for a resource needs, from a stored connection. {@code toString} shows
 * no token, secret, key or environment value.
 *
 * @param authType                how the connection signed in
 * @param appId                   the application (client) id
 * @param endpoints               the authority's endpoints
 * @param resource                the resource to get a token for: the connection's own or another of the same tenant
 * @param refreshToken            the newest refresh token (delegated flows), or null
 * @param clientSecret            the app's secret ({@code secret}), or null
 * @param certificate             the app's certificate and key ({@code certificate}), or null
 * @param managedIdentity         the user-assigned managed identity, or null for the system-assigned one
 * @param federatedProvider       where the federated assertion comes from, or null to tell from the environment
 * @param environment             the process environment
 * @param connectCommand          the command that connects again, for messages, e.g.
 *                                {@code o365 spo connect https://contoso-admin.sharepoint.com}, or null
 */
public record RenewalRequest(AuthType authType, String appId, Endpoints endpoints, Resource resource, String refreshToken,
                             String clientSecret, CertificateCredential certificate, UserAssignedIdentity managedIdentity,
                             String federatedProvider, Map<String, String> environment, String connectCommand) {

    /** Checks the required parts; copies the environment. */
    public RenewalRequest {
        Objects.requireNonNull(authType, "authType");
        Objects.requireNonNull(resource, "resource");
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }

    @Override
    public String toString() {
        return "RenewalRequest[authType=" + authType + ", appId=" + appId + ", resource=" + resource
                + ", refreshToken=" + (refreshToken == null ? "none" : "<redacted>")
                + ", clientSecret=" + (clientSecret == null ? "none" : "<redacted>") + ", certificate=" + certificate
                + ", managedIdentity=" + managedIdentity + ", federatedProvider=" + federatedProvider
                + ", environment=" + new TreeSet<>(environment.keySet()) + ", connectCommand=" + connectCommand + "]";
    }
}
