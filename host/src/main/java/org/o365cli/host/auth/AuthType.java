package org.o365cli.host.auth;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How {@code connect} signs in, as {@code --authType} names it. */
public enum AuthType {

    /** OAuth 2.0 device authorization grant: the user signs in on another device. */
    DEVICE_CODE("deviceCode", false),
    /** Resource owner password credentials (ROPC): no MFA, no federation, work accounts only. */
    PASSWORD("password", false),
    /** Client credentials with a certificate ({@code private_key_jwt} client assertion). */
    CERTIFICATE("certificate", true),
    /** Client credentials with a client secret. */
    SECRET("secret", true),
    /** Azure managed identity (App Service, Functions, VM IMDS). */
    IDENTITY("identity", true),
    /** Client credentials with a federated assertion (GitHub Actions, Azure DevOps OIDC token). */
    FEDERATED_IDENTITY("federatedIdentity", true),
    /** Authorization code with PKCE through the system browser and a loopback redirect. */
    BROWSER("browser", false);

    private final String id;
    private final boolean appOnly;

    AuthType(String id, boolean appOnly) {
        this.id = id;
        this.appOnly = appOnly;
    }

    /** The name users type, e.g. {@code deviceCode}. */
    public String id() {
        return id;
    }

    /** True for flows without a user and without a refresh token: they renew by running their grant again. */
    public boolean appOnly() {
        return appOnly;
    }

    /**
     * @param value what the user typed (case-insensitive)
     * @return the auth type
     * @throws IllegalArgumentException listing the valid names
     */
    public static AuthType parse(String value) {
        return Arrays.stream(values()).filter(t -> t.id.equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Invalid auth type '" + value + "': use one of "
                        + Arrays.stream(values()).map(AuthType::id).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return id;
    }
}
