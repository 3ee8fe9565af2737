package org.o365cli.host.auth.connect;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.Cloud;
import org.o365cli.host.auth.UserAssignedIdentity;
import org.o365cli.host.auth.aad.AuthorityResolver;
import org.o365cli.host.config.ConfigKey;
import org.o365cli.host.config.Settings;
import org.o365cli.host.plugin.LoadedService;
import org.o365cli.host.store.ConnectionNames;

/**
 * Turns {@code connect}'s options into a {@link ConnectPlan}: defaults from the environment and
 * settings, then every rule across options, so a missing or contradictory option fails before
 * any network call. Each failure is an {@link IllegalArgumentException} with a one-line message.
 */
final class ConnectRules {

    private static final Set<String> MULTI_TENANT = Set.of("common", "organizations", "consumers");

    private ConnectRules() {
    }

    static ConnectPlan plan(LoadedService service, String url, Set<String> flags, ConnectOptions options,
                            Settings settings, Map<String, String> environment) {
        if (SandboxRules.wanted(options)) {
            return SandboxRules.plan(service, url, flags, options, environment);
        }
        AuthType authType = options.authType != null ? options.authType
                : settings.value(ConfigKey.AUTH_TYPE).map(AuthType::parse).orElse(AuthType.DEVICE_CODE);
        Cloud chosen = options.cloud != null ? options.cloud : settings.value(ConfigKey.CLOUD).map(Cloud::parse).orElse(null);
        ConnectCloud.Target target = ConnectCloud.of(service, url, chosen, options.cloud != null);
        String appId = options.appId != null ? options.appId.trim() : settings.value(ConfigKey.APP_ID).orElse(null);
        String tenant = options.tenant != null ? options.tenant.trim() : settings.value(ConfigKey.TENANT)
                .orElse(authType == AuthType.PASSWORD ? "organizations" : "common");
        if (authType == AuthType.CERTIFICATE && !options.hasCertificate()) {
            settings.value(ConfigKey.CERTIFICATE_FILE).ifPresent(file -> options.certificateFile = java.nio.file.Path.of(file));
        }
        return checked(service, url, flags, options, environment, authType, target, appId, tenant);
    }

    /** The plan for options whose defaults are applied: every rule across options checked. */
    static ConnectPlan checked(LoadedService service, String url, Set<String> flags, ConnectOptions options,
                               Map<String, String> environment, AuthType authType, ConnectCloud.Target target,
                               String appId, String tenant) {
        checkOptionsFitTheAuthType(authType, options);
        String name = options.name == null ? null : options.name.trim();
        if (name != null && ConnectionNames.problem(name) != null) {
            throw new IllegalArgumentException("Invalid --name: " + ConnectionNames.problem(name));
        }
        if (appId == null && authType != AuthType.IDENTITY) {
            throw new IllegalArgumentException("--appId is required for --authType " + authType.id()
                    + ": give the Azure AD application (client) id, or set O365_APP_ID or 'o365 cli config set appId <id>'");
        }
        // An --authority names the tenant itself (an Azure AD one checks its own path below).
        if (authType.appOnly() && authType != AuthType.IDENTITY && options.authority == null
                && MULTI_TENANT.contains(tenant.toLowerCase())) {
            throw new IllegalArgumentException("--authType " + authType.id() + " signs in as the application, which needs "
                    + "its own tenant: give --tenant <tenant id or domain>, not '" + tenant + "'");
        }
        if (authType == AuthType.PASSWORD && (options.userName == null || options.password == null)
                && !SandboxRules.adminSignIn(target.cloud(), options)) {
            throw new IllegalArgumentException("--authType password needs --userName and --password");
        }
        if (authType == AuthType.SECRET && (options.secret == null || options.secret.isEmpty())) {
            throw new IllegalArgumentException("--authType secret needs --secret <client secret>");
        }
        if (authType == AuthType.CERTIFICATE && !options.hasCertificate()) {
            throw new IllegalArgumentException("--authType certificate needs --certificateFile <PEM or PFX file> "
                    + "or --certificateBase64Encoded <content>");
        }
        String authority = options.authority == null ? null : authority(options.authority);
        if (authority != null && authType.appOnly() && authType != AuthType.IDENTITY && azureAdTenant(authority)
                .map(t -> MULTI_TENANT.contains(t.toLowerCase())).orElse(false)) {
            throw new IllegalArgumentException("--authType " + authType.id() + " signs in as the application, which needs "
                    + "its own tenant: give --authority https://<login host>/<tenant id or domain>, not " + authority);
        }
        UserAssignedIdentity identity = authType == AuthType.IDENTITY ? UserAssignedIdentity.of(options.userName, options.objectId) : null;
        return new ConnectPlan(service.name(), target.resource(), url, authType, appId, tenant, target.cloud(), authority,
                SandboxRules.adminSignIn(target.cloud(), options) ? SandboxRules.ADMIN : options.userName, identity, options.password,
                certificate(options), certificateName(options), options.thumbprint, options.secret,
                flags, environment, name);
    }

    private static void checkOptionsFitTheAuthType(AuthType authType, ConnectOptions options) {
        if (options.secret != null && authType != AuthType.SECRET) {
            throw contradiction("--secret", authType, "secret");
        }
        if (options.hasCertificate() && authType != AuthType.CERTIFICATE) {
            throw contradiction(options.certificateFile != null ? "--certificateFile" : "--certificateBase64Encoded",
                    authType, "certificate");
        }
        if (options.certificateFile != null && options.certificateBase64Encoded != null) {
            throw new IllegalArgumentException("Give --certificateFile or --certificateBase64Encoded, not both");
        }
        if (options.thumbprint != null && authType != AuthType.CERTIFICATE) {
            throw contradiction("--thumbprint", authType, "certificate");
        }
        if (options.password != null && authType != AuthType.PASSWORD && authType != AuthType.CERTIFICATE) {
            throw contradiction("--password", authType, "password or certificate");
        }
        if (options.userName != null && authType != AuthType.PASSWORD && authType != AuthType.IDENTITY) {
            throw contradiction("--userName", authType, "password or identity");
        }
        if (options.objectId != null && authType != AuthType.IDENTITY) {
            throw contradiction("--objectId", authType, "identity");
        }
        if (options.objectId != null && options.userName != null) {
            throw new IllegalArgumentException("Give --userName (client id or resource id) or --objectId, not both: they name one identity");
        }
    }

    private static IllegalArgumentException contradiction(String option, AuthType authType, String usedWith) {
        return new IllegalArgumentException(option + " is only used with --authType " + usedWith + ", not with "
                + authType.id());
    }

    private static String authority(String value) {
        Resource issuerHost = Resource.fromUrl(value);
        boolean loopback = Set.of("localhost", "127.0.0.1", "[::1]", "::1").contains(issuerHost.host());
        if (!issuerHost.uri().startsWith("https://") && !loopback) {
            throw new IllegalArgumentException("--authority must be an https URL (plain http only for localhost): " + value);
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    /** The tenant of an Azure AD authority (its first path segment), empty for other issuers. */
    private static java.util.Optional<String> azureAdTenant(String authority) {
        java.net.URI uri = java.net.URI.create(authority);
        if (!AuthorityResolver.isAzureAd(uri)) {
            return java.util.Optional.empty();
        }
        return java.util.Arrays.stream(uri.getPath().split("/")).filter(s -> !s.isBlank()).findFirst();
    }

    private static byte[] certificate(ConnectOptions options) {
        if (options.certificateFile != null) {
            try {
                return Files.readAllBytes(options.certificateFile);
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read --certificateFile " + options.certificateFile + ": "
                        + e.getMessage());
            }
        }
        if (options.certificateBase64Encoded != null) {
            try {
                return Base64.getMimeDecoder().decode(options.certificateBase64Encoded.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--certificateBase64Encoded is not valid base64");
            }
        }
        return null;
    }

    private static String certificateName(ConnectOptions options) {
        return options.certificateFile != null ? options.certificateFile.toString()
                : options.certificateBase64Encoded != null ? "--certificateBase64Encoded" : null;
    }
}
