package org.o365cli.plugins.spo.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.DefaultColumns;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Permission;
import org.o365cli.auth.TokenMethod;
import org.o365cli.plugins.spo.csom.AdminContext;
import org.o365cli.plugins.spo.csom.CsomXml;
import org.o365cli.plugins.spo.csom.FormDigests;
import org.o365cli.plugins.spo.csom.ProcessQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code o365 spo site list}: the tenant's site collections, from the admin site's CSOM
 * {@code Tenant.GetSitePropertiesFromSharePointByFilters}, page by page as they are printed.
 */
@Command(name = "list", description = "List the tenant's site collections; needs a connection to the tenant admin site.",
        footer = {"%nExamples:", "  o365 spo site list -o text",
                "  o365 spo site list --type CommunicationSite --filter \"Url -like 'project'\" -o csv"})
@DefaultColumns({"Title", "Url"})
// The tenant admin site's CSOM, as m365 declares for spo tenant site get.
@Permission(resource = "https://*.sharepoint.com", delegated = "AllSites.FullControl", application = "Sites.FullControl.All")
public class SiteListCommand implements Callable<Stream<JsonNode>> {

    /** The kinds of site to list. */
    public enum SiteType { TeamSite, CommunicationSite }

    private static final int QUERY_ID = 5;

    @Option(names = "--type", description = "Only sites of this kind: ${COMPLETION-CANDIDATES}.")
    SiteType type;

    @Option(names = "--filter", description = "A SharePoint site filter, e.g. \"Url -like 'project'\".")
    String filter;

    private final CommandContext context;

    public SiteListCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Stream<JsonNode> call() {
        AdminContext admin = AdminContext.require(context);
        ProcessQuery processQuery = new ProcessQuery(context.http(), new FormDigests(context.http()));
        Iterator<JsonNode> sites = new SitePages(admin.adminUrl(), processQuery);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(sites, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private String template() {
        return type == null ? "" : type == SiteType.TeamSite ? "GROUP#0" : "SITEPAGEPUBLISHING#0";
    }

    private String query(String startIndex) {
        return CsomXml.request(
                "<ObjectPath Id=\"4\" ObjectPathId=\"3\" /><Query Id=\"5\" ObjectPathId=\"3\"><Query SelectAllProperties=\"true\">"
                        + "<Properties /></Query><ChildItemQuery SelectAllProperties=\"true\"><Properties /></ChildItemQuery></Query>",
                "<Method Id=\"3\" ParentId=\"1\" Name=\"GetSitePropertiesFromSharePointByFilters\"><Parameters>"
                        + "<Parameter TypeId=\"{b92aeee2-c92c-4b67-abcc-024e471bc140}\">"
                        + "<Property Name=\"Filter\" Type=\"String\">" + CsomXml.escape(filter == null ? "" : filter) + "</Property>"
                        + "<Property Name=\"IncludeDetail\" Type=\"Boolean\">false</Property>"
                        + "<Property Name=\"IncludePersonalSite\" Type=\"Enum\">0</Property>"
                        + "<Property Name=\"StartIndex\" Type=\"String\">" + CsomXml.escape(startIndex) + "</Property>"
                        + "<Property Name=\"Template\" Type=\"String\">" + template() + "</Property>"
                        + "</Parameter></Parameters></Method>"
                        + CsomXml.tenantConstructor(1));
    }

    // Asks for the next page only once the sites of the current one are used up: memory stays flat.
    private final class SitePages implements Iterator<JsonNode> {
        private final String adminUrl;
        private final ProcessQuery processQuery;
        private final Set<String> started = new HashSet<>();
        private String nextStart = "0";
        private Iterator<JsonNode> page = Collections.emptyIterator();

        SitePages(String adminUrl, ProcessQuery processQuery) {
            this.adminUrl = adminUrl;
            this.processQuery = processQuery;
        }

        @Override
        public boolean hasNext() {
            while (!page.hasNext() && nextStart != null) {
                context.cancellation().throwIfCancelled();
                if (!started.add(nextStart)) {
                    // A server that names a page it already gave would keep this loop going forever.
                    throw new O365Exception("POST " + adminUrl + "/_vti_bin/client.svc/ProcessQuery named the page starting at "
                            + nextStart + " as the next page once more, after listing it; run again later, or narrow the list with --filter");
                }
                JsonNode enumerable = processQuery.execute(adminUrl, query(nextStart), TokenMethod.ENSURE).result(QUERY_ID);
                JsonNode next = enumerable.path("NextStartIndexFromSharePoint");
                nextStart = next.isTextual() && !next.asText().isEmpty() ? next.asText() : null;
                page = enumerable.path("_Child_Items_").elements();
            }
            return page.hasNext();
        }

        @Override
        public JsonNode next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            JsonNode site = page.next();
            if (site instanceof ObjectNode object) {
                object.remove("_ObjectType_");
            }
            return site;
        }
    }
}
