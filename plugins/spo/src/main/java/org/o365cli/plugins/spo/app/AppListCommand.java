package org.o365cli.plugins.spo.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.DefaultColumns;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Permission;
import org.o365cli.auth.TokenMethod;
import org.o365cli.plugins.spo.csom.TenantRoot;
import org.o365cli.plugins.spo.options.SiteUrlConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code o365 spo app list}. */
@Command(name = "list", description = "List the apps available in an app catalog.",
        footer = {"%nExamples:", "  o365 spo app list",
                "  o365 spo app list --siteUrl https://contoso.sharepoint.com/sites/apps",
                "  o365 spo app list --siteUrl https://contoso.sharepoint.com/sites/team --appCatalogScope sitecollection"})
@DefaultColumns({"Title", "ID", "Deployed", "AppCatalogVersion"})
@Permission(resource = "https://*.sharepoint.com", delegated = "AllSites.Read", application = "Sites.Read.All")
public class AppListCommand implements Callable<JsonNode> {

    private static final String NOMETADATA = "application/json;odata=nometadata";

    @Option(names = "--siteUrl", converter = SiteUrlConverter.class,
            description = "A site of the tenant whose app catalog to read, e.g. https://contoso.sharepoint.com;"
                    + " default: the tenant app catalog, found from the spo connection.")
    String siteUrl;

    @Option(names = "--appCatalogScope", defaultValue = "tenant",
            description = "The app catalog to read: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    AppCatalogScope scope;

    @Spec
    CommandSpec spec;

    private final CommandContext context;

    public AppListCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public JsonNode call() {
        if (siteUrl == null && scope == AppCatalogScope.sitecollection) {
            throw new ParameterException(spec.commandLine(), "--siteUrl is required with --appCatalogScope sitecollection");
        }
        String site = siteUrl != null ? siteUrl : tenantAppCatalog();
        return context.http().json(ApiRequest.get(scope.endpoint(site) + "/AvailableApps")
                .withHeader("Accept", NOMETADATA)
                .withToken(TokenMethod.GET)).path("value");
    }

    private String tenantAppCatalog() {
        String root = TenantRoot.of(context);
        JsonNode catalog = context.http().json(ApiRequest.get(root + "/_api/SP_TenantSettings_Current")
                .withHeader("Accept", NOMETADATA)
                .withToken(TokenMethod.GET)).path("CorporateCatalogUrl");
        if (!catalog.isTextual() || catalog.asText().isBlank()) {
            throw new O365Exception("The tenant " + root + " has no tenant app catalog; create one in the SharePoint admin center"
                    + " (More features > Apps), or give the site of another catalog with --siteUrl");
        }
        try {
            return new SiteUrlConverter().convert(catalog.asText());
        } catch (TypeConversionException e) {
            throw new O365Exception("GET " + root + "/_api/SP_TenantSettings_Current answered a CorporateCatalogUrl that is not"
                    + " an https site URL; give the app catalog's site with --siteUrl");
        }
    }
}
