package org.o365cli.plugins.spo.storageentity;

import org.o365cli.auth.CommandContext;
import org.o365cli.auth.TokenMethod;
import org.o365cli.plugins.spo.csom.AdminContext;
import org.o365cli.plugins.spo.csom.CsomXml;
import org.o365cli.plugins.spo.csom.FormDigests;
import org.o365cli.plugins.spo.csom.ProcessQuery;

/**
 * Writes of tenant properties: a method on the root web of the app catalog site, called through
 * the tenant admin site's ProcessQuery (the connection's own resource, so ENSURE tokens).
 */
final class TenantProperties {

    private final CommandContext context;

    TenantProperties(CommandContext context) {
        this.context = context;
    }

    void call(String appCatalogUrl, String method, String... parameters) {
        AdminContext admin = AdminContext.require(context);
        StringBuilder values = new StringBuilder();
        for (String parameter : parameters) {
            values.append(CsomXml.stringParameter(parameter));
        }
        String body = CsomXml.request(
                "<Method Name=\"" + method + "\" Id=\"24\" ObjectPathId=\"22\"><Parameters>" + values + "</Parameters></Method>",
                "<Property Id=\"22\" ParentId=\"20\" Name=\"RootWeb\" />"
                        + "<Method Id=\"20\" ParentId=\"18\" Name=\"GetSiteByUrl\"><Parameters>" + CsomXml.stringParameter(appCatalogUrl)
                        + "</Parameters></Method>"
                        + CsomXml.tenantConstructor(18));
        new ProcessQuery(context.http(), new FormDigests(context.http())).execute(admin.adminUrl(), body, TokenMethod.ENSURE);
    }
}
