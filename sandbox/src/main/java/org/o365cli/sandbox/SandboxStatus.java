package org.o365cli.sandbox;

import org.o365cli.sandbox.faults.Faults;

/**
 * What {@code o365 sandbox status} shows: how to sign in to the sandbox tenant and what it holds.
 * The secret and password are the sandbox's own, known to anyone with the same release; they open
 * nothing but this emulated tenant.
 *
 * @param tenant               the tenant's domain
 * @param tenantId             the tenant id
 * @param appId                the app every sign-in uses
 * @param secret               the app's client secret
 * @param admin                the administrator's sign-in name
 * @param password             every user's password
 * @param users                how many users the tenant has
 * @param groups               how many groups
 * @param sites                how many SharePoint sites
 * @param tokenLifetimeSeconds how long access tokens are valid
 * @param refreshTokens        how many refresh tokens are live
 * @param faults               the injected faults
 * @param folder               where the state lives
 */
public record SandboxStatus(String tenant, String tenantId, String appId, String secret, String admin, String password,
                            int users, int groups, int sites, long tokenLifetimeSeconds, int refreshTokens, Faults faults,
                            String folder) {
}
