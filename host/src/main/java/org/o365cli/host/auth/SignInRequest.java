package org.o365cli.host.auth;

import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.certificate.CertificateCredential;

/**
 * What {@code connect} asks for. {@code toString} shows no password, secret, key or
 * environment value.
 *
 * @param authType                how to sign in
 * @param appId                   the application (client) id
 * @param tenant                  the tenant as given ({@code organizations}, a domain or a GUID), or null
 * @param endpoints               the authority's endpoints (unused by managed identity)
 * @param resource                the resource to get a token for
 * @param userName                the user's name ({@code password}), or null
 * @param password                the user's password ({@code password}), or null
 * @param certificate             the app's certificate and key ({@code certificate}), or null
 * @param clientSecret            the app's secret ({@code secret}), or null
 * @param managedIdentity         the user-assigned managed identity, or null for the system-assigned one
 * @param federatedProvider       where the federated assertion comes from ({@code github}, {@code azuredevops}),
 *                                or null to tell from the environment
 * @param environment             the process environment the host passes ({@code IDENTITY_ENDPOINT},
 *                                {@code ACTIONS_ID_TOKEN_REQUEST_URL}…)
 * @param permissions             delegated permissions of the resource to ask for by name (dynamic consent, as
 *                                {@code o365 setup} does with a first-party client), or empty for {@code <resource>/.default}
 */
public record SignInRequest(AuthType authType, String appId, String tenant, Endpoints endpoints, Resource resource,
                            String userName, String password, CertificateCredential certificate, String clientSecret,
                            UserAssignedIdentity managedIdentity, String federatedProvider, Map<String, String> environment,
                            java.util.List<String> permissions) {

    /** Checks the required parts; copies the environment and permissions. */
    public SignInRequest {
        Objects.requireNonNull(authType, "authType");
        Objects.requireNonNull(resource, "resource");
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        permissions = permissions == null ? java.util.List.of() : java.util.List.copyOf(permissions);
    }

    /** A request for the app's permissions on the resource ({@code <resource>/.default}). */
    public SignInRequest(AuthType authType, String appId, String tenant, Endpoints endpoints, Resource resource,
                         String userName, String password, CertificateCredential certificate, String clientSecret,
                         UserAssignedIdentity managedIdentity, String federatedProvider, Map<String, String> environment) {
        this(authType, appId, tenant, endpoints, resource, userName, password, certificate, clientSecret,
                managedIdentity, federatedProvider, environment, java.util.List.of());
    }

    @Override
    public String toString() {
        return "SignInRequest[authType=" + authType + ", appId=" + appId + ", tenant=" + tenant
                + ", issuer=" + (endpoints == null ? null : endpoints.issuer()) + ", resource=" + resource
                + ", userName=" + userName + ", password=" + redacted(password) + ", certificate=" + certificate
                + ", clientSecret=" + redacted(clientSecret) + ", managedIdentity=" + managedIdentity
                + ", federatedProvider=" + federatedProvider + ", environment=" + new TreeSet<>(environment.keySet()) + ", permissions=" + permissions + "]";
    }

    private static String redacted(String value) {
        return value == null ? "none" : "<redacted>";
    }
}
