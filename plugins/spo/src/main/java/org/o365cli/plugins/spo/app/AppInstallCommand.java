package org.o365cli.plugins.spo.app;

import java.util.concurrent.Callable;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.Permission;
import org.o365cli.plugins.spo.options.GuidConverter;
import org.o365cli.plugins.spo.options.SiteUrlConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code o365 spo app install}. */
@Command(name = "install", description = "Install an app from the app catalog on a site.",
        footer = {"%nExamples:", "  o365 spo app install --id b2307a39-e878-458b-bc90-03bc578531d6 --siteUrl https://contoso.sharepoint.com/sites/team",
                "  o365 spo app install --id b2307a39-e878-458b-bc90-03bc578531d6 --siteUrl https://contoso.sharepoint.com/sites/team --appCatalogScope sitecollection"})
@Permission(resource = "https://*.sharepoint.com", delegated = "AllSites.FullControl", application = "Sites.FullControl.All")
public class AppInstallCommand implements Callable<Void> {

    @Option(names = "--id", required = true, converter = GuidConverter.class, description = "The app's id in the app catalog.")
    String id;

    @Option(names = "--siteUrl", required = true, converter = SiteUrlConverter.class,
            description = "The site to install the app on, e.g. https://contoso.sharepoint.com/sites/team.")
    String siteUrl;

    @Option(names = "--appCatalogScope", defaultValue = "tenant",
            description = "The app catalog the app comes from: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    AppCatalogScope scope;

    private final CommandContext context;

    public AppInstallCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Void call() {
        new AppAction(context).run("install", siteUrl, scope, id);
        return null;
    }
}
