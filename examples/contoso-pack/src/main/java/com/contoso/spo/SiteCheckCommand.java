package com.contoso.spo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.Resource;
import org.o365cli.auth.TokenMethod;
import org.o365cli.auth.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code spo contoso site-check}: the facts Contoso's site policy looks at, for any site the user names. */
@Command(name = "site-check", description = "Shows a site's title, language and last change.", footerHeading = "%nExamples:%n",
        footer = "  o365 spo contoso site-check --url https://contoso.sharepoint.com/sites/SalesAndMarketing")
public class SiteCheckCommand implements Callable<SiteCheckCommand.SiteFacts> {

    /** What the check reports. */
    public record SiteFacts(String url, String title, int language, String lastItemModifiedDate) {
    }

    @Option(names = "--url", required = true, description = "The site's URL.")
    String url;

    private final CommandContext context;

    public SiteCheckCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public SiteFacts call() {
        String site = url.replaceAll("/+$", "");
        try {
            Resource.fromUrl(site);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--url " + url + " is not a site URL; give one like https://contoso.sharepoint.com/sites/x");
        }
        // A URL the user gave, on any site: getAccessToken, which never touches spo's own connection.
        JsonNode web = context.http().json(ApiRequest.get(site + "/_api/web")
                .withHeader("Accept", "application/json;odata=nometadata").withToken(TokenMethod.GET));
        return new SiteFacts(web.path("Url").asText(), web.path("Title").asText(), web.path("Language").asInt(),
                web.path("LastItemModifiedDate").asText());
    }
}
