package org.o365cli.plugins.spo.csom;

import java.util.Locale;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.ConnectionInfo;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;

/**
 * The tenant admin site a command runs its tenant-wide calls on: the spo connection must be to
 * {@code https://<tenant>-admin.sharepoint.com} and hold the tenant id read at connect.
 *
 * @param adminUrl the admin site's resource, e.g. {@code https://contoso-admin.sharepoint.com}
 * @param tenantId the tenant's CSOM object identity
 */
public record AdminContext(String adminUrl, String tenantId) {

    private static final String ADMIN_SUFFIX = "-admin.sharepoint.com";

    /**
     * The admin context of the command's connection.
     *
     * @param context the command's context
     * @return the admin site and tenant id
     * @throws O365Exception naming the {@code spo connect} to run when the connection is not to an admin site
     */
    public static AdminContext require(CommandContext context) {
        ConnectionInfo connection = context.auth().connection();
        String tenantId = connection.properties().get("tenantId");
        if (!isAdminConnection(connection) || tenantId == null || tenantId.isBlank()) {
            throw new O365Exception("Connect to a tenant admin site first: o365 spo connect " + suggestedAdminUrl(connection.resource()));
        }
        return new AdminContext(connection.resource().uri(), tenantId);
    }

    /**
     * Whether a connection is to a tenant admin site: its host is {@code <tenant>-admin.sharepoint.com},
     * or it was made with {@code spo connect --admin} for a vanity or multi-geo admin host.
     */
    public static boolean isAdminConnection(ConnectionInfo connection) {
        return isAdminSite(connection.resource()) || "true".equals(connection.properties().get("admin"));
    }

    /** Whether a resource is a tenant admin site, {@code https://<tenant>-admin.sharepoint.com}. */
    public static boolean isAdminSite(Resource resource) {
        String host = resource.host();
        return resource.uri().startsWith("https://") && host.endsWith(ADMIN_SUFFIX)
                && host.indexOf('.') == host.length() - ".sharepoint.com".length();
    }

    private static String suggestedAdminUrl(Resource resource) {
        String host = resource.host().toLowerCase(Locale.ROOT);
        if (host.endsWith(".sharepoint.com") && host.indexOf('.') == host.length() - ".sharepoint.com".length()) {
            String tenant = host.substring(0, host.indexOf('.')).replaceAll("-(admin|my)$", "");
            return "https://" + tenant + ADMIN_SUFFIX;
        }
        return "https://<tenant>" + ADMIN_SUFFIX;
    }
}
