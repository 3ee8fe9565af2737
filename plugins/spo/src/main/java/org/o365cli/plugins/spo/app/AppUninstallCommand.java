package org.o365cli.plugins.spo.app;

import java.util.concurrent.Callable;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.ForceOption;
import org.o365cli.auth.Permission;
import org.o365cli.plugins.spo.options.GuidConverter;
import org.o365cli.plugins.spo.options.SiteUrlConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code o365 spo app uninstall}. */
@Command(name = "uninstall", description = "Uninstall an app from a site.",
        footer = {"%nAsks for confirmation on the terminal; in scripts add --force.", "%nExamples:",
                "  o365 spo app uninstall --id b2307a39-e878-458b-bc90-03bc578531d6 --siteUrl https://contoso.sharepoint.com/sites/team",
                "  o365 spo app uninstall --id b2307a39-e878-458b-bc90-03bc578531d6 --siteUrl https://contoso.sharepoint.com/sites/team"
                        + " --appCatalogScope sitecollection --force"})
@Permission(resource = "https://*.sharepoint.com", delegated = "AllSites.FullControl", application = "Sites.FullControl.All")
public class AppUninstallCommand implements Callable<Void> {

    @Option(names = "--id", required = true, converter = GuidConverter.class, description = "The app's id in the app catalog.")
    String id;

    @Option(names = "--siteUrl", required = true, converter = SiteUrlConverter.class,
            description = "The site to uninstall the app on, e.g. https://contoso.sharepoint.com/sites/team.")
    String siteUrl;

    @Option(names = "--appCatalogScope", defaultValue = "tenant",
            description = "The app catalog the app comes from: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    AppCatalogScope scope;

    @Mixin
    ForceOption force;

    private final CommandContext context;

    public AppUninstallCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Void call() {
        if (context.confirm(force.given(), "uninstall the app " + id + " from " + siteUrl)) {
            new AppAction(context).run("uninstall", siteUrl, scope, id);
        }
        return null;
    }
}
