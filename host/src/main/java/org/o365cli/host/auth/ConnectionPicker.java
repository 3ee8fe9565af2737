package org.o365cli.host.auth;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.UsageException;
import org.o365cli.auth.Resource;
import org.o365cli.host.plugin.ServiceSummary;
import org.o365cli.host.plugin.PluginCatalog;
import org.o365cli.host.store.ConnectionStore;
import org.o365cli.host.store.StoredConnection;

/**
 * Chooses the connection a user-driven host command ({@code request}, {@code util accesstoken
 * get}) uses for a URL, among each service's active connection, or with {@code --connection
 * <name>} among the connections of that name: the one of the service named with
 * {@code --service}; else the one whose own resource it is; else the one whose service declares
 * the URL's resource; else the only one.
 */
public final class ConnectionPicker {

    private final ConnectionStore store;
    private final PluginCatalog catalog;
    private final Supplier<String> chosen;

    /**
     * @param store   the connections
     * @param catalog the services, for their declared resources
     * @param chosen  the connection name given with {@code --connection}, or null
     */
    public ConnectionPicker(ConnectionStore store, PluginCatalog catalog, Supplier<String> chosen) {
        this.store = store;
        this.catalog = catalog;
        this.chosen = chosen;
    }

    /**
     * @param resource the resource to be called
     * @param service  the service the user named, or null
     * @return the connection to use
     */
    public StoredConnection pick(Resource resource, String service) {
        String name = chosen.get();
        if (service != null) {
            return store.require(service, name);
        }
        List<StoredConnection> all = candidates(name);
        if (all.isEmpty()) {
            if (name != null && !store.all().isEmpty()) {
                throw new UsageException("No connection is named '" + name + "'; known: " + store.all().stream()
                        .map(StoredConnection::name).distinct().sorted().collect(Collectors.joining(", ")) + " (see 'o365 status')");
            }
            throw new O365Exception("Not connected to any service: run 'o365 <service> connect' first, e.g. 'o365 graph connect'");
        }
        List<StoredConnection> own = all.stream().filter(c -> c.resource().equals(resource.uri())).toList();
        if (own.size() == 1) {
            return own.get(0);
        }
        List<StoredConnection> declaring = (own.isEmpty() ? all : own).stream()
                .filter(c -> catalog.summary(c.service()).map(ServiceSummary::declaredResources).orElse(List.of())
                        .stream().map(Cloud.parse(c.cloud())::map).anyMatch(resource::matches))
                .toList();
        if (declaring.size() == 1) {
            return declaring.get(0);
        }
        if (all.size() == 1) {
            return all.get(0);
        }
        throw new O365Exception("Several connections could serve " + resource + ": choose one with --service "
                + (declaring.isEmpty() ? all : declaring).stream().map(StoredConnection::service).collect(Collectors.joining(", ")));
    }

    /** Each service's connection of that name, or its active one for null. */
    private List<StoredConnection> candidates(String name) {
        return store.services().values().stream().map(connections -> connections.named(name))
                .flatMap(Optional::stream).toList();
    }

    /**
     * Resolves the short names {@code graph} and {@code sharepoint} to a resource, using the
     * connections' clouds and SharePoint tenant; anything else must be a URL.
     *
     * @param resourceOrAlias what the user typed
     * @param service         the service the user named, or null
     * @return the resource
     */
    public Resource resolve(String resourceOrAlias, String service) {
        String alias = resourceOrAlias.trim().toLowerCase(Locale.ROOT);
        if (alias.equals("graph")) {
            Optional<StoredConnection> picked = service != null ? store.get(service, chosen.get())
                    : candidates(chosen.get()).stream().findFirst();
            return picked.map(c -> Cloud.parse(c.cloud()).graph()).orElse(Cloud.Public.graph());
        }
        if (alias.equals("sharepoint")) {
            StoredConnection spo = candidates(chosen.get()).stream().filter(ConnectionPicker::isSharePoint)
                    .findFirst().orElseThrow(() -> new O365Exception(
                            "'sharepoint' means your tenant's SharePoint, known once you run 'o365 spo connect <site url>'; "
                                    + "or give the URL, e.g. https://contoso.sharepoint.com"));
            Resource site = Resource.of(spo.resource());
            String root = site.host().replaceFirst("-(admin|my)\\.", ".");
            return Resource.of("https://" + root);
        }
        try {
            return Resource.fromUrl(resourceOrAlias);
        } catch (IllegalArgumentException e) {
            throw new UsageException("Invalid resource '" + resourceOrAlias + "': " + e.getMessage()
                    + "; give a URL such as https://graph.microsoft.com, or graph or sharepoint");
        }
    }

    private static boolean isSharePoint(StoredConnection connection) {
        Cloud cloud = Cloud.parse(connection.cloud());
        return Resource.of(connection.resource()).matches(cloud.map("https://*.sharepoint.com"));
    }
}
