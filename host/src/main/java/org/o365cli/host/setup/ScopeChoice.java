package org.o365cli.host.setup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.o365cli.host.plugin.DeclaredPermission;
import org.o365cli.host.auth.claims.KnownApps;

/**
 * What {@code --scopes} asks for. {@code minimal}: Microsoft Graph's {@code User.Read} (sign in and read
 * the signed-in user's profile) with {@code offline_access openid profile} (a refresh token and the
 * user's identity), which every connection needs. {@code all}: those and every permission the installed
 * commands declare, delegated ones, and with {@code --appOnly} application ones too. A comma-separated
 * list: those names on Microsoft Graph, or on another resource written {@code <resource>/<name>}
 * ({@code https://contoso.sharepoint.com/AllSites.FullControl}), as delegated permissions where the
 * resource has a scope of that name, and with {@code --appOnly} as application permissions where it has
 * an app role of that name.
 *
 * @param preset   {@code minimal}, {@code all}, or null for a list
 * @param names    the list's entries as given
 */
record ScopeChoice(String preset, List<String> names) {

    static final List<String> MINIMAL = List.of("User.Read", "offline_access", "openid", "profile");

    static ScopeChoice parse(String value) {
        String trimmed = value == null ? "minimal" : value.trim();
        if (trimmed.equalsIgnoreCase("minimal") || trimmed.equalsIgnoreCase("all")) {
            return new ScopeChoice(trimmed.toLowerCase(Locale.ROOT), List.of());
        }
        List<String> names = new ArrayList<>();
        for (String one : trimmed.split(",")) {
            String name = one.trim();
            if (!name.matches("(https://[A-Za-z0-9.*-]+/)?[A-Za-z][A-Za-z0-9._-]*")) {
                throw new IllegalArgumentException("Invalid --scopes entry '" + name + "': use minimal, all, or permission "
                        + "names separated by commas, e.g. User.Read.All,https://contoso.sharepoint.com/AllSites.Read");
            }
            names.add(name);
        }
        return new ScopeChoice(null, names);
    }

    /**
     * @param installed what the installed commands declare (read only for {@code all})
     * @param appOnly   whether application permissions are wanted too
     * @param warning   where a declaration on a resource setup cannot name is reported
     * @return the delegated and application permissions; for a list, each name both ways (the planner keeps
     *         the ways the resource offers)
     */
    List<WantedPermission> wanted(PermissionSource installed, boolean appOnly, Consumer<String> warning) {
        Set<WantedPermission> wanted = new LinkedHashSet<>();
        MINIMAL.forEach(name -> wanted.add(new WantedPermission(KnownApps.GRAPH, name, false)));
        if ("all".equals(preset)) {
            for (DeclaredPermission permission : installed.declared()) {
                String resource = resourceAppId(permission.resource());
                if (resource == null) {
                    warning.accept("Warning: setup can't request permissions on " + permission.resource()
                            + " (only Microsoft Graph and SharePoint Online); grant them in the Entra admin center");
                    continue;
                }
                for (String name : permission.delegated()) {
                    wanted.add(new WantedPermission(resource, name, false));
                }
                for (String name : appOnly ? permission.application() : List.<String>of()) {
                    wanted.add(new WantedPermission(resource, name, true));
                }
            }
        }
        for (String entry : names) {
            int slash = entry.lastIndexOf('/');
            String resource = slash < 0 ? KnownApps.GRAPH : resourceAppId(entry.substring(0, slash));
            if (resource == null) {
                throw new IllegalArgumentException("--scopes names " + entry.substring(0, slash) + ": setup requests "
                        + "permissions on Microsoft Graph (no prefix) and SharePoint Online (https://<tenant>.sharepoint.com/)");
            }
            String name = entry.substring(slash + 1);
            wanted.add(new WantedPermission(resource, name, false));
            if (appOnly) {
                wanted.add(new WantedPermission(resource, name, true));
            }
        }
        return List.copyOf(wanted);
    }

    /** Whether a permission came from a list, where a name need only exist one way. */
    boolean listed() {
        return preset == null;
    }

    private static String resourceAppId(String resource) {
        String host = resource.toLowerCase(Locale.ROOT).replaceFirst("^https://", "").replaceAll("/+$", "");
        if (host.equals("graph.microsoft.com")) {
            return KnownApps.GRAPH;
        }
        return host.endsWith(".sharepoint.com") ? KnownApps.SHAREPOINT : null;
    }
}
