package org.o365cli.host.store;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of a service's connections. A name given with {@code --name} must match {@link #RULE}.
 * Without one, the name is derived from the identity and the tenant: a user's sign-in name
 * ({@code admin@contoso.onmicrosoft.com}, which names its tenant already), else
 * {@code <app or auth type>@<tenant>} with the tenant as given, or its id when it was
 * {@code common}/{@code organizations}/{@code consumers}; lower case, anything outside
 * {@code a-z 0-9 . _ @ -} replaced by {@code -}, at most 64 characters. The same identity
 * connecting again gets the same name (its connection is replaced); another identity whose
 * name would be the same gets {@code -2}, {@code -3}…
 */
public final class ConnectionNames {

    /** What a name may be: it is typed on command lines and shown in tables. */
    public static final Pattern RULE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    private static final int MAX = 64;
    private static final Set<String> MULTI_TENANT = Set.of("common", "organizations", "consumers");

    private ConnectionNames() {
    }

    /**
     * @param name a name the user typed
     * @return the reason it is not a valid name, with what to do, or null when it is valid
     */
    public static String problem(String name) {
        if (name == null || name.isBlank()) {
            return "a connection name cannot be empty";
        }
        if (!RULE.matcher(name).matches()) {
            return "'" + name + "' is not a valid connection name: use up to 64 letters, digits and . _ @ -, "
                    + "starting with a letter or digit";
        }
        return null;
    }

    /**
     * The name a connection gets when none was given, unique among {@code existing}.
     *
     * @param connection the connection to name
     * @param existing   the service's connections now, by name
     * @return the connection's derived name, or the name of the existing connection of the same identity
     */
    static String derive(StoredConnection connection, Map<String, StoredConnection> existing) {
        String base = base(connection);
        String candidate = base;
        for (int n = 2; existing.containsKey(candidate); n++) {
            if (sameIdentity(existing.get(candidate), connection)) {
                return candidate;
            }
            String suffix = "-" + n;
            candidate = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
        }
        return candidate;
    }

    /** The name before it is made unique. */
    static String base(StoredConnection connection) {
        String who = connection.connectedAs();
        String raw;
        if (who != null && who.contains("@")) {
            raw = who;
        } else {
            String identity = who != null && !who.isBlank() ? who : connection.appId() != null ? connection.appId()
                    : connection.authType();
            String tenant = connection.tenant() == null || MULTI_TENANT.contains(connection.tenant().toLowerCase(Locale.ROOT))
                    ? connection.tenantId() : connection.tenant();
            raw = tenant == null || tenant.isBlank() ? identity : identity + "@" + tenant;
        }
        String clean = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]+", "-")
                .replaceAll("^[^a-z0-9]+", "").replaceAll("[-.]+$", "");
        if (clean.length() > MAX) {
            clean = clean.substring(0, MAX).replaceAll("[-.]+$", "");
        }
        return clean.isEmpty() ? "connection" : clean;
    }

    private static boolean sameIdentity(StoredConnection a, StoredConnection b) {
        return Objects.equals(a.connectedAs(), b.connectedAs()) && Objects.equals(a.tenantId(), b.tenantId())
                && Objects.equals(a.appId(), b.appId());
    }
}
