package org.o365cli.sandbox.sharepoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import org.o365cli.sandbox.directory.Seed;
import org.o365cli.sandbox.directory.Users;

/** The tenant's site collections as the state keeps them: what every SharePoint answer about a site is made from. */
final class Sites {

    private Sites() {
    }

    static ObjectNode site(ObjectMapper json, String url, String title, String template, String owner, String created,
                           String groupId) {
        ObjectNode site = json.createObjectNode();
        site.put("url", url);
        site.put("title", title);
        site.put("template", template);
        site.put("owner", owner + "@" + Users.DOMAIN);
        site.put("created", created);
        site.put("id", Seed.guid("site:" + url.toLowerCase(Locale.ROOT)));
        site.put("webId", Seed.guid("web:" + url.toLowerCase(Locale.ROOT)));
        site.put("lcid", 1033);
        if (groupId == null) {
            site.putNull("groupId");
        } else {
            site.put("groupId", groupId);
        }
        return site;
    }

    /** The site collection a URL lies in: the longest site URL that starts it. */
    static Optional<JsonNode> containing(JsonNode state, String url) {
        String wanted = trim(url).toLowerCase(Locale.ROOT);
        JsonNode best = null;
        for (JsonNode site : state.path("sharepoint").path("sites")) {
            String siteUrl = site.path("url").asText().toLowerCase(Locale.ROOT);
            if ((wanted.equals(siteUrl) || wanted.startsWith(siteUrl + "/"))
                    && (best == null || siteUrl.length() > best.path("url").asText().length())) {
                best = site;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The site collection with exactly this URL. */
    static Optional<JsonNode> exactly(JsonNode state, String url) {
        return containing(state, url).filter(site -> site.path("url").asText().equalsIgnoreCase(trim(url)));
    }

    static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
