package org.o365cli.plugins.spo.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.Permission;
import org.o365cli.plugins.spo.csom.TenantRoot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code o365 spo site add}: a modern team site (with its Microsoft 365 group) or communication site,
 * created on the tenant's root site, with that site's token.
 */
@Command(name = "add", description = "Create a modern team site or communication site.",
        footer = {"%nExamples:", "  o365 spo site add --type TeamSite --title Team --alias team --isPublic",
                "  o365 spo site add --type CommunicationSite --title News --url https://contoso.sharepoint.com/sites/news --siteDesign Showcase",
                "  o365 spo site add --type TeamSite --title Team --alias team --wait -o text",
                "%nPrints the new site: SiteUrl, SiteStatus (1 still provisioning, 2 ready) and GroupId or SiteId."})
// SharePoint has no per-API table and m365 documents none for spo site add: creating a site collection is
// tenant-wide, as m365 declares for its tenant-level commands (spo tenant site get, spo hubsite register).
// App-only creates communication sites only: SharePoint refuses a team site's group without a user.
@Permission(resource = "https://*.sharepoint.com", delegated = "AllSites.FullControl", application = "Sites.FullControl.All")
public class SiteAddCommand implements Callable<NewSite> {

    /** The kinds of site this command creates. */
    public enum SiteType { TeamSite, CommunicationSite }

    private static final String VERBOSE = "application/json;odata=verbose";

    @Option(names = "--type", defaultValue = "TeamSite", description = "The kind of site: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    SiteType type;

    @Option(names = "--title", required = true, description = "The site's title.")
    String title;

    @Option(names = "--alias", description = "The alias of the team site's group; required for a TeamSite.")
    String alias;

    @Option(names = "--url", description = "The communication site's URL; required for a CommunicationSite.")
    String url;

    @Option(names = "--description", description = "The site's description.")
    String description;

    @Option(names = "--classification", description = "The site's classification.")
    String classification;

    @Option(names = "--isPublic", description = "Make the team site's group public.")
    boolean isPublic;

    @Option(names = "--lcid", description = "The site's language, e.g. 1033 for English.")
    Integer lcid;

    @Option(names = "--owners", split = ",", description = "Comma-separated owners' user names.")
    List<String> owners;

    @Option(names = "--siteDesign", converter = SiteDesignConverter.class,
            description = "The communication site's design: Topic, Showcase, Blank or a site design id.")
    String siteDesign;

    @Option(names = "--shareByEmailEnabled", description = "Let the communication site's users share by e-mail.")
    boolean shareByEmailEnabled;

    @Option(names = "--wait", description = "Wait until SharePoint has provisioned the site (checking its status for up to 10 minutes),"
            + " with progress on stderr.")
    boolean wait;

    @Spec
    CommandSpec spec;

    private final CommandContext context;

    public SiteAddCommand(CommandContext context) {
        this.context = context;
    }

    private void validate() {
        if (type == SiteType.TeamSite && (alias == null || alias.isBlank())) {
            throw new ParameterException(spec.commandLine(), "--alias is required for a TeamSite");
        }
        if (type == SiteType.CommunicationSite && (url == null || url.isBlank())) {
            throw new ParameterException(spec.commandLine(), "--url is required for a CommunicationSite");
        }
        if (type == SiteType.CommunicationSite && owners != null && owners.size() > 1) {
            throw new ParameterException(spec.commandLine(), "A CommunicationSite takes one owner in --owners");
        }
    }

    @Override
    public NewSite call() {
        validate();
        SiteCreation creation = new SiteCreation(context, TenantRoot.of(context), type == SiteType.TeamSite);
        String what = type == SiteType.TeamSite ? "the team site '" + alias + "'" : "the communication site " + url;
        NewSite site = type == SiteType.TeamSite ? creation.create(what, VERBOSE, teamSite())
                : creation.create(what, SiteCreation.NOMETADATA, communicationSite());
        if (site.siteStatus() == 2) {
            return site;
        }
        if (wait) {
            return creation.waitUntilReady(site);
        }
        context.log().info("SharePoint is still provisioning " + site.siteUrl() + "; it is ready within minutes: check it with"
                + " o365 spo site get --url " + site.siteUrl() + " (or add --wait to wait for it next time)");
        return site;
    }

    // The request's lists take the verbose JSON form, {"results":[…]}; the answer is read as nometadata.
    private JsonNode teamSite() {
        ObjectNode body = context.json().createObjectNode().put("displayName", title).put("alias", alias).put("isPublic", isPublic);
        ObjectNode optional = body.putObject("optionalParams").put("Description", description == null ? "" : description);
        var creationOptions = optional.putObject("CreationOptions").putArray("results");
        if (lcid != null) {
            creationOptions.add("SPSiteLanguage:" + lcid);
        }
        optional.put("Classification", classification == null ? "" : classification);
        if (owners != null) {
            var results = optional.putObject("Owners").putArray("results");
            owners.forEach(owner -> results.add(owner.trim()));
        }
        return body;
    }

    private JsonNode communicationSite() {
        ObjectNode request = context.json().createObjectNode();
        request.putObject("request").put("Title", title).put("Url", url).put("Lcid", lcid == null ? 1033 : lcid)
                .put("ShareByEmailEnabled", shareByEmailEnabled).put("Description", description == null ? "" : description)
                .put("Classification", classification == null ? "" : classification).put("WebTemplate", "SITEPAGEPUBLISHING#0")
                .put("SiteDesignId", siteDesign == null ? "96c933ac-3698-44c7-9f4a-5fd17d71af9e" : siteDesign)
                .put("Owner", owners == null ? "" : owners.get(0).trim());
        return request;
    }
}
