package org.o365cli.sandbox.sharepoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.o365cli.sandbox.SandboxRequest;
import org.o365cli.sandbox.SandboxResponse;
import org.o365cli.sandbox.state.StateFile;

/**
 * SharePoint Online on {@code https://contoso.sharepoint.com}, {@code contoso-admin} and
 * {@code contoso-my}: contextinfo, web and site, storage entities, the tenant settings, the app
 * catalogs' AvailableApps, site creation and CSOM's ProcessQuery.
 */
public final class SharePointRoutes {

    private static final Pattern API = Pattern.compile("^(.*?)/_api/(.*)$");
    private static final Pattern STORAGE_ENTITY = Pattern.compile("^web/GetStorageEntity\\('((?:[^']|'')*)'\\)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern APPS = Pattern.compile("^web/(tenant|sitecollection)appcatalog/AvailableApps"
            + "(?:/GetById\\('([^']*)'\\)(?:/(Install|Uninstall|Deploy|Retract|Remove))?)?$", Pattern.CASE_INSENSITIVE);

    private final ObjectMapper json;
    private final Clock clock;
    private final StateFile state;

    /**
     * @param json  the mapper
     * @param clock the time
     * @param state the tenant's state
     */
    public SharePointRoutes(ObjectMapper json, Clock clock, StateFile state) {
        this.json = json;
        this.clock = clock;
        this.state = state;
    }

    /** Answers a request whose token was already checked. */
    public SandboxResponse handle(SandboxRequest request) {
        SharePointAnswers answers = new SharePointAnswers(json, request);
        String path = URLDecoder.decode(request.uri().getRawPath(), StandardCharsets.UTF_8);
        ObjectNode tenant = state.read().orElseThrow();
        if (path.endsWith("/_vti_bin/client.svc/ProcessQuery") && request.method().equals("POST")) {
            String site = request.origin() + path.substring(0, path.length() - "/_vti_bin/client.svc/ProcessQuery".length());
            return new Csom(json, clock, state, answers).process(request, site);
        }
        Matcher api = API.matcher(path);
        if (!api.matches()) {
            return answers.unknownRoute();
        }
        String siteUrl = request.origin() + api.group(1);
        String route = api.group(2);
        Optional<JsonNode> site = Sites.containing(tenant, siteUrl);
        if (site.isEmpty() && !request.host().startsWith("contoso-admin.")) {
            return answers.error(404, "-2147024894, System.IO.FileNotFoundException", "File Not Found.");
        }
        Web web = new Web(json, clock, request, answers, siteUrl, site.orElse(null));
        String method = request.method();
        if (method.equals("POST") && route.equalsIgnoreCase("contextinfo")) {
            return web.contextInfo();
        }
        if (method.equals("GET") && route.equalsIgnoreCase("web")) {
            return site.isPresent() ? web.web() : answers.unknownRoute();
        }
        if (method.equals("GET") && route.equalsIgnoreCase("site")) {
            return site.isPresent() ? web.site() : answers.unknownRoute();
        }
        if (method.equals("GET") && route.equalsIgnoreCase("SP_TenantSettings_Current")) {
            ObjectNode settings = json.createObjectNode().put("CorporateCatalogUrl", SharePointSeed.APP_CATALOG);
            return answers.entity(settings, "SP.TenantSettings");
        }
        if (method.equals("GET") && route.equalsIgnoreCase("web/AllProperties")) {
            ObjectNode all = json.createObjectNode();
            all.put("storageentitiesindex", tenant.path("sharepoint").path("storageEntities").toString());
            return answers.entity(all, "SP.PropertyValues");
        }
        Matcher entity = STORAGE_ENTITY.matcher(route);
        if (method.equals("GET") && entity.matches()) {
            JsonNode stored = tenant.path("sharepoint").path("storageEntities").path(entity.group(1).replace("''", "'"));
            ObjectNode answer = json.createObjectNode();
            for (String field : List.of("Comment", "Description", "Value")) {
                answer.set(field, stored.path(field).isMissingNode() ? json.nullNode() : stored.get(field));
            }
            return answers.entity(answer, "SP.StorageEntity");
        }
        Matcher apps = APPS.matcher(route);
        if (apps.matches()) {
            return new AppCatalog(json, state, answers).handle(method, siteUrl, apps.group(1), apps.group(2), apps.group(3));
        }
        if (method.equals("POST") && route.equalsIgnoreCase("GroupSiteManager/CreateGroupEx")) {
            return new SiteCreation(json, clock, state, answers).teamSite(request, siteUrl);
        }
        if (method.equals("POST") && route.equalsIgnoreCase("SPSiteManager/Create")) {
            return new SiteCreation(json, clock, state, answers).communicationSite(request, siteUrl);
        }
        return answers.unknownRoute();
    }

    static List<ObjectNode> objects(JsonNode array) {
        List<ObjectNode> items = new ArrayList<>();
        array.forEach(item -> items.add((ObjectNode) item.deepCopy()));
        return items;
    }
}
