package org.o365cli.plugins.spo.csom;

import org.o365cli.auth.CommandContext;
import org.o365cli.auth.ConnectionInfo;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;

/**
 * The tenant admin site a command runs its tenant-wide calls on: the spo connection must be to
 * {@code https://<tenant>-admin.<SharePoint domain>} and hold the tenant id read at connect.
 * The SharePoint domain is the connection's cloud's ({@code sharepoint.com}, {@code sharepoint.us},
 * {@code sharepoint-mil.us}, {@code sharepoint.cn}): the host only lets spo connect to SharePoint
 * hosts of the connection's cloud, so the admin site and the tenant root differ by the first label alone.
 *
 * @param adminUrl the admin site's resource, e.g. {@code https://contoso-admin.sharepoint.com}
 * @param tenantId the tenant's CSOM object identity
 */
public record AdminContext(String adminUrl, String tenantId) {

    private static final String ADMIN_LABEL_SUFFIX = "-admin";

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
     * Whether a connection is to a tenant admin site: its host is {@code <tenant>-admin.<SharePoint domain>},
     * or it was made with {@code spo connect --admin} for a vanity or multi-geo admin host.
     */
    public static boolean isAdminConnection(ConnectionInfo connection) {
        return isAdminSite(connection.resource()) || "true".equals(connection.properties().get("admin"));
    }

    /** Whether a SharePoint resource is a tenant admin site, {@code https://<tenant>-admin.<SharePoint domain>}. */
    public static boolean isAdminSite(Resource resource) {
        String label = firstLabel(resource.host());
        return resource.uri().startsWith("https://") && label.endsWith(ADMIN_LABEL_SUFFIX)
                && label.length() > ADMIN_LABEL_SUFFIX.length();
    }

    private static String suggestedAdminUrl(Resource resource) {
        String host = resource.host();
        if (host.indexOf('.') < 0) {
            return "https://<tenant>" + ADMIN_LABEL_SUFFIX + ".sharepoint.com";
        }
        String tenant = firstLabel(host).replaceAll("-(admin|my)$", "");
        return "https://" + tenant + ADMIN_LABEL_SUFFIX + host.substring(host.indexOf('.'));
    }

    private static String firstLabel(String host) {
        int dot = host.indexOf('.');
        return dot < 0 ? host : host.substring(0, dot);
    }
}
