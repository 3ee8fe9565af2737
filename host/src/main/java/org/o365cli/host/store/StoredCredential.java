package org.o365cli.host.store;

/**
 * What an app-only connection needs to renew without the user. Stored by content (never a path
 * that may move or change), in a file only the user can read. {@code toString} shows no secret.
 *
 * @param clientSecret            the client secret ({@code secret}), or null
 * @param certificatePem          the certificate and its unencrypted PKCS#8 private key as PEM text ({@code certificate}), or null
 * @param managedIdentityClientId the user-assigned managed identity's client id or resource id ({@code /subscriptions/…})
 *                                ({@code identity}), or null for system-assigned
 * @param federatedProvider       where the federated assertion comes from ({@code github} or {@code azuredevops}), or null
 * @param managedIdentityObjectId the user-assigned managed identity's object (principal) id ({@code identity}), or null
 */
public record StoredCredential(String clientSecret, String certificatePem, String managedIdentityClientId,
                               String federatedProvider, String managedIdentityObjectId) {

    /** Nothing to keep (delegated flows). */
    public static final StoredCredential NONE = new StoredCredential(null, null, null, null, null);

    @Override
    public String toString() {
        return "StoredCredential[clientSecret=" + (clientSecret == null ? "none" : "<redacted>")
                + ", certificate=" + (certificatePem == null ? "none" : "<redacted>")
                + ", managedIdentityClientId=" + managedIdentityClientId + ", federatedProvider=" + federatedProvider
                + ", managedIdentityObjectId=" + managedIdentityObjectId + "]";
    }
}
