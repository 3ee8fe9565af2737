package org.o365cli.plugins.spo.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.Permission;
import org.o365cli.auth.TokenMethod;
import org.o365cli.plugins.spo.options.SiteUrlConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code o365 spo site get}. */
@Command(name = "get", description = "Get the properties of a site collection.",
        footer = {"%nExamples:", "  o365 spo site get --url https://contoso.sharepoint.com/sites/team"})
// Reads one site, as m365 declares for its site reads (spo site versionpolicy get, spo hubsite get).
@Permission(resource = "https://*.sharepoint.com", delegated = "AllSites.Read", application = "Sites.Read.All")
public class SiteGetCommand implements Callable<JsonNode> {

    @Option(names = "--url", required = true, converter = SiteUrlConverter.class,
            description = "The URL of the site, e.g. https://contoso.sharepoint.com/sites/team.")
    String url;

    private final CommandContext context;

    public SiteGetCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public JsonNode call() {
        return context.http().json(ApiRequest.get(url + "/_api/site")
                .withHeader("Accept", "application/json;odata=nometadata")
                .withToken(TokenMethod.GET));
    }
}
