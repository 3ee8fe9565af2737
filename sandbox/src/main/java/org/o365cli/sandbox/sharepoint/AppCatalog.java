package org.o365cli.sandbox.sharepoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.o365cli.sandbox.SandboxResponse;
import org.o365cli.sandbox.state.StateFile;
import org.o365cli.sandbox.state.StateFile.Change;

/**
 * {@code _api/web/tenantappcatalog/AvailableApps}: the tenant app catalog's apps as seen from a
 * site ({@code InstalledVersion} is the site's), and installing or uninstalling one on the site.
 * The sandbox has no site collection app catalogs.
 */
final class AppCatalog {

    private final ObjectMapper json;
    private final StateFile state;
    private final SharePointAnswers answers;

    AppCatalog(ObjectMapper json, StateFile state, SharePointAnswers answers) {
        this.json = json;
        this.state = state;
        this.answers = answers;
    }

    SandboxResponse handle(String method, String siteUrl, String scope, String id, String action) {
        if (scope.equalsIgnoreCase("sitecollection")) {
            return answers.error(404, "-2147024894, System.IO.FileNotFoundException", "The site collection app catalog "
                    + "does not exist on " + siteUrl + ".");
        }
        String site = Sites.trim(siteUrl).toLowerCase(Locale.ROOT);
        if (action == null && method.equals("GET")) {
            ObjectNode tenant = state.read().orElseThrow();
            List<ObjectNode> apps = SharePointRoutes.objects(tenant.path("sharepoint").path("apps"));
            apps.forEach(app -> app.put("InstalledVersion", installed(tenant, site, app) ? app.path("AppCatalogVersion").asText() : ""));
            if (id == null) {
                return answers.collection(apps, "Collection(Microsoft.SharePoint.Marketplace.CorporateCuratedGallery.CorporateCatalogAppMetadata)");
            }
            return apps.stream().filter(app -> app.path("ID").asText().equalsIgnoreCase(id)).findFirst()
                    .map(app -> answers.entity(app, "Microsoft.SharePoint.Marketplace.CorporateCuratedGallery.CorporateCatalogAppMetadata"))
                    .orElseGet(() -> missing(id));
        }
        if (method.equals("POST") && id != null && (action.equalsIgnoreCase("Install") || action.equalsIgnoreCase("Uninstall"))) {
            boolean install = action.equalsIgnoreCase("Install");
            return state.update(current -> {
                ObjectNode tenant = current.orElseThrow();
                Optional<JsonNode> app = find(tenant, id);
                if (app.isEmpty()) {
                    return Change.unchanged(missing(id));
                }
                boolean there = installed(tenant, site, app.get());
                if (install == there) {
                    return Change.unchanged(answers.error(400, "-2147024809, System.ArgumentException", install
                            ? "The app '" + app.get().path("Title").asText() + "' is already installed on " + siteUrl + "."
                            : "The app '" + app.get().path("Title").asText() + "' is not installed on " + siteUrl + "."));
                }
                ArrayNode ids = tenant.withObjectProperty("sharepoint").withObjectProperty("installed").withArrayProperty(site);
                if (install) {
                    ids.add(app.get().path("ID").asText());
                } else {
                    for (int i = 0; i < ids.size(); i++) {
                        if (ids.get(i).asText().equalsIgnoreCase(id)) {
                            ids.remove(i--);
                        }
                    }
                }
                return Change.written(tenant, answers.noResult(action));
            });
        }
        return answers.unknownRoute();
    }

    private SandboxResponse missing(String id) {
        return answers.error(404, "-2146232832, Microsoft.SharePoint.SPException", "The app with ID '" + id
                + "' was not found in the tenant app catalog.");
    }

    private static Optional<JsonNode> find(JsonNode tenant, String id) {
        for (JsonNode app : tenant.path("sharepoint").path("apps")) {
            if (app.path("ID").asText().equalsIgnoreCase(id)) {
                return Optional.of(app);
            }
        }
        return Optional.empty();
    }

    private static boolean installed(JsonNode tenant, String site, JsonNode app) {
        for (JsonNode id : tenant.path("sharepoint").path("installed").path(site)) {
            if (id.asText().equalsIgnoreCase(app.path("ID").asText())) {
                return true;
            }
        }
        return false;
    }
}
