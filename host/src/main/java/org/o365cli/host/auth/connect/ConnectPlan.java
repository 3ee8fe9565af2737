package org.o365cli.host.auth.connect;

import java.util.Map;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.Cloud;
import org.o365cli.host.auth.ReconnectCommand;
import org.o365cli.host.auth.UserAssignedIdentity;

/**
 * A connect request with every default applied and every rule across options checked: what the
 * sign-in needs and nothing else. {@code toString} shows no secret.
 *
 * @param service          the service connecting
 * @param resource         the connection's resource
 * @param url              the URL given to connect (spo's site), or null
 * @param authType         how to sign in
 * @param appId            the client id, or null (system-assigned managed identity)
 * @param tenant           the tenant
 * @param cloud            the cloud
 * @param authority        a generic OIDC issuer, or null for the cloud's Azure AD
 * @param userName         the user's name ({@code password})
 * @param managedIdentity  the user-assigned managed identity ({@code identity}), or null for the system-assigned one
 * @param password         the user's or the PFX file's password, or null
 * @param certificate      the certificate file's bytes, or null
 * @param certificateName  where the certificate came from, for messages
 * @param thumbprint       the thumbprint given, or null
 * @param secret           the client secret, or null
 * @param flags            the service's connect flags the user gave, e.g. {@code admin}
 * @param environment      environment variables (managed identity and federated flows read theirs)
 * @param name             the connection's name ({@code --name}), or null to derive it from the identity and tenant
 */
public record ConnectPlan(String service, Resource resource, String url, AuthType authType, String appId, String tenant,
                          Cloud cloud, String authority, String userName, UserAssignedIdentity managedIdentity,
                          String password, byte[] certificate, String certificateName, String thumbprint, String secret,
                          java.util.Set<String> flags, Map<String, String> environment, String name) {

    /** The authority URL sign-in goes to: the generic issuer, or the cloud's Azure AD for the tenant. */
    public String effectiveAuthority() {
        return authority != null ? authority : cloud.authority(tenant);
    }

    /**
     * The command that makes this connection again, without secrets, for error messages.
     *
     * @return e.g. {@code o365 spo connect https://contoso-admin.sharepoint.com --authType secret --appId … --tenant …}
     */
    public String reconnectCommand() {
        String command = ReconnectCommand.format(service, url, authType.id(), appId, tenant, authority, cloud.name());
        command = flags.isEmpty() ? command : command + " --" + String.join(" --", new java.util.TreeSet<>(flags));
        return name == null ? command : command + " --name " + name;
    }

    @Override
    public String toString() {
        return "ConnectPlan[" + reconnectCommand() + "]";
    }
}
