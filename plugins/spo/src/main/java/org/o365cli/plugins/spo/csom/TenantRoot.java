package org.o365cli.plugins.spo.csom;

import java.util.Locale;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.ConnectionInfo;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;

/**
 * The tenant's root site, {@code https://<tenant>.sharepoint.com}, known from the spo connection:
 * the admin site {@code <tenant>-admin} and OneDrive {@code <tenant>-my} share the tenant's name, and
 * any other site of the tenant is on the root site's host already.
 */
public final class TenantRoot {

    private TenantRoot() {
    }

    /**
     * The root site of the tenant the command's spo connection is to.
     *
     * @param context the command's context
     * @return e.g. {@code https://contoso.sharepoint.com}, without a trailing slash
     * @throws O365Exception when the connection is to a vanity admin host, whose name does not give the tenant's
     */
    public static String of(CommandContext context) {
        return of(context.auth().connection());
    }

    /**
     * The root site of a connection's tenant.
     *
     * @param connection the spo connection
     * @return e.g. {@code https://contoso.sharepoint.com}
     * @throws O365Exception when the connection is to a vanity admin host, whose name does not give the tenant's
     */
    public static String of(ConnectionInfo connection) {
        Resource resource = connection.resource();
        String host = resource.host().toLowerCase(Locale.ROOT);
        int dot = host.indexOf('.');
        String tenant = dot < 0 ? host : host.substring(0, dot);
        boolean named = tenant.endsWith("-admin") || tenant.endsWith("-my");
        if (!named && "true".equals(connection.properties().get("admin"))) {
            throw new O365Exception("The tenant's root site is not known from the admin site " + resource.uri()
                    + ", whose host does not hold the tenant's name; give the site URL as an option");
        }
        String root = named ? tenant.substring(0, tenant.lastIndexOf('-')) : tenant;
        return "https://" + root + (dot < 0 ? "" : host.substring(dot));
    }
}
