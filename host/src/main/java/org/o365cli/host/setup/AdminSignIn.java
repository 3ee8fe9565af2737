package org.o365cli.host.setup;

import java.time.Instant;
import java.util.List;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.Cloud;

/** Signs in the administrator who runs {@code o365 setup}, once, for Microsoft Graph. */
public interface AdminSignIn {

    /**
     * Microsoft Graph Command Line Tools, the first-party public client Microsoft Graph PowerShell's
     * {@code Connect-MgGraph} signs in with (learn.microsoft.com/powershell/microsoftgraph/authentication-commands):
     * Microsoft publishes it to every tenant, it allows device code and loopback sign-in, and it asks for
     * permissions by name at sign-in (dynamic consent), so setup needs no app registration of its own.
     */
    String CLIENT_ID = "14d82eec-204b-4c2f-b7e8-296a70dab67e";

    /** The delegated Graph permissions setup's own calls need, each the least privileged its API reference lists. */
    List<String> PERMISSIONS = List.of("Application.ReadWrite.All", "DelegatedPermissionGrant.ReadWrite.All",
            "AppRoleAssignment.ReadWrite.All");

    /**
     * @param sandbox     sign in to the sandbox tenant (its administrator, without input, unless authType is given)
     * @param authType    deviceCode or browser, or null for the default (deviceCode; the sandbox's administrator)
     * @param tenant      the tenant, or null for {@code organizations} (the sandbox's for sandbox)
     * @param permissions the Graph permissions to ask for by name
     * @return the administrator's Graph token and who and where they are
     */
    Session signIn(boolean sandbox, AuthType authType, String tenant, List<String> permissions);

    /**
     * A signed-in administrator. {@code toString} shows no token.
     *
     * @param accessToken the Graph token
     * @param expiresOn   when it expires
     * @param tenantId    the tenant signed in to (the token's {@code tid})
     * @param user        who signed in
     * @param cloud       the cloud
     */
    record Session(String accessToken, Instant expiresOn, String tenantId, String user, Cloud cloud) {
        @Override
        public String toString() {
            return "Session[user=" + user + ", tenantId=" + tenantId + ", cloud=" + cloud + ", accessToken=<redacted>]";
        }
    }
}
