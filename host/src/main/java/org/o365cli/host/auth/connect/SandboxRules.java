package org.o365cli.host.auth.connect;

import java.util.Map;
import java.util.Set;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.Cloud;
import org.o365cli.host.plugin.LoadedService;
import org.o365cli.sandbox.Sandbox;

/**
 * {@code connect --sandbox} (or {@code --cloud Sandbox}): the sandbox's app and tenant unless
 * given, and without {@code --authType} the administrator's sign-in, whose password the connector
 * reads from the sandbox's state.
 */
final class SandboxRules {

    static final String ADMIN = Sandbox.ADMIN;
    private static final Set<AuthType> SUPPORTED = Set.of(AuthType.PASSWORD, AuthType.DEVICE_CODE, AuthType.SECRET,
            AuthType.CERTIFICATE);

    private SandboxRules() {
    }

    static boolean wanted(ConnectOptions options) {
        return options.sandbox || options.cloud == Cloud.Sandbox;
    }

    /** Whether this is the sandbox's sign-in without input. */
    static boolean adminSignIn(Cloud cloud, ConnectOptions options) {
        return cloud == Cloud.Sandbox && options.authType == null;
    }

    static ConnectPlan plan(LoadedService service, String url, Set<String> flags, ConnectOptions options,
                            Map<String, String> environment) {
        if (options.cloud != null && options.cloud != Cloud.Sandbox) {
            throw new IllegalArgumentException("--sandbox connects to the sandbox tenant, not to the " + options.cloud
                    + " cloud: leave out --cloud");
        }
        if (options.authority != null) {
            throw new IllegalArgumentException("--sandbox signs in to the sandbox tenant itself: leave out --authority");
        }
        if (url != null && !isSandboxSite(url)) {
            throw new IllegalArgumentException("'" + url + "' is not a site of the sandbox tenant: use "
                    + "https://contoso-admin.sharepoint.com or a site of https://contoso.sharepoint.com");
        }
        if (options.authType != null && !SUPPORTED.contains(options.authType)) {
            throw new IllegalArgumentException("--authType " + options.authType.id() + " does not work with the sandbox: use "
                    + "deviceCode, password, secret or certificate, or leave out --authType to sign in its administrator");
        }
        AuthType authType = options.authType != null ? options.authType : AuthType.PASSWORD;
        String appId = options.appId != null ? options.appId.trim() : Sandbox.APP_ID;
        String tenant = options.tenant != null ? options.tenant.trim() : Sandbox.TENANT;
        return ConnectRules.checked(service, url, flags, options, environment, authType,
                ConnectCloud.of(service, url, Cloud.Sandbox, true), appId, tenant);
    }

    private static boolean isSandboxSite(String url) {
        try {
            Resource resource = Resource.fromUrl(url);
            return resource.uri().startsWith("https://") && resource.host().endsWith(".sharepoint.com")
                    && Sandbox.serves(resource.host());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
