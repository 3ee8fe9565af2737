/**
 * The o365 plugin contract. A plugin compiles against this package only (in {@code provided}
 * scope, with picocli, PF4J and Jackson) and never against the host.
 *
 * <p>A plugin contributes a {@link org.o365cli.auth.ServicePlugin} (a new service with its own
 * connection) or a {@link org.o365cli.auth.CommandContribution} (commands under an existing
 * service). Its commands get tokens only through {@link org.o365cli.auth.Auth}: the
 * connection's own resource with {@code ensureAccessToken}, any other resource or user-given URL
 * with {@code getAccessToken}.
 */
package org.o365cli.auth;
