package org.o365cli.sandbox.sharepoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.o365cli.sandbox.SandboxRequest;
import org.o365cli.sandbox.SandboxResponse;

/** {@code _api/contextinfo}, {@code _api/web} and {@code _api/site} of one site, in SP.* entity shapes. */
final class Web {

    static final String LIBRARY_VERSION = "16.0.26121.12003";
    private static final String NO_GROUP = "00000000-0000-0000-0000-000000000000";
    private static final DateTimeFormatter DIGEST_DATE = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm:ss '-0000'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final ObjectMapper json;
    private final Clock clock;
    private final SandboxRequest request;
    private final SharePointAnswers answers;
    private final JsonNode site;

    Web(ObjectMapper json, Clock clock, SandboxRequest request, SharePointAnswers answers, String url, JsonNode site) {
        this.json = json;
        this.clock = clock;
        this.request = request;
        this.answers = answers;
        this.site = site;
    }

    SandboxResponse contextInfo() {
        String siteUrl = site == null ? request.origin() : site.path("url").asText();
        ObjectNode info = json.createObjectNode();
        info.put("FormDigestTimeoutSeconds", 1800);
        info.put("FormDigestValue", "0x" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT)
                + "," + DIGEST_DATE.format(clock.instant()));
        info.put("LibraryVersion", LIBRARY_VERSION);
        info.put("SiteFullUrl", siteUrl);
        if (request.header("Accept").orElse("").contains("odata=verbose")) {
            ObjectNode versions = info.putObject("SupportedSchemaVersions");
            versions.putObject("__metadata").put("type", "Collection(Edm.String)");
            versions.putArray("results").add("14.0.0.0").add("15.0.0.0");
        } else {
            info.putArray("SupportedSchemaVersions").add("14.0.0.0").add("15.0.0.0");
        }
        info.put("WebFullUrl", siteUrl);
        return answers.function("GetContextWebInformation", info, "SP.ContextWebInformation");
    }

    SandboxResponse web() {
        String webUrl = site.path("url").asText();
        ObjectNode web = json.createObjectNode();
        web.put("AllowRssFeeds", true);
        web.put("AppInstanceId", NO_GROUP);
        web.put("Configuration", 0);
        web.put("Created", site.path("created").asText().replace("Z", ""));
        web.put("CurrentChangeToken", json.createObjectNode().put("StringValue", "1;2;" + site.path("webId").asText() + ";0;-1").toString());
        web.put("Description", site.path("description").asText(""));
        web.put("Id", site.path("webId").asText());
        web.put("IsMultilingual", false);
        web.put("Language", site.path("lcid").asInt(1033));
        web.put("LastItemModifiedDate", site.path("created").asText());
        web.put("NoCrawl", false);
        web.put("QuickLaunchEnabled", true);
        web.put("RecycleBinEnabled", true);
        web.put("ServerRelativeUrl", serverRelative(webUrl));
        web.put("SiteLogoUrl", (String) null);
        web.put("Title", site.path("title").asText());
        web.put("UIVersion", 15);
        web.put("Url", webUrl);
        web.put("WebTemplate", site.path("template").asText().replaceFirst("#\\d+$", ""));
        web.put("WelcomePage", "SitePages/Home.aspx");
        return answers.entity(web, "SP.Web");
    }

    SandboxResponse site() {
        String siteUrl = site.path("url").asText();
        String group = site.path("groupId").isTextual() ? site.path("groupId").asText() : NO_GROUP;
        ObjectNode entity = json.createObjectNode();
        entity.put("AllowCreateDeclarativeWorkflow", false);
        entity.put("Classification", site.path("classification").asText(""));
        entity.put("CompatibilityLevel", 15);
        entity.put("GroupId", group);
        entity.put("HubSiteId", NO_GROUP);
        entity.put("Id", site.path("id").asText());
        entity.put("IsHubSite", false);
        entity.putNull("LockIssue");
        entity.put("MaxItemsPerThrottledOperation", 5000);
        entity.put("PrimaryUri", siteUrl);
        entity.put("ReadOnly", false);
        entity.put("RelatedGroupId", group);
        entity.put("ServerRelativeUrl", serverRelative(siteUrl));
        entity.put("ShareByEmailEnabled", site.path("shareByEmail").asBoolean(false));
        entity.putNull("StatusBarText");
        entity.put("Url", siteUrl);
        return answers.entity(entity, "SP.Site");
    }

    private static String serverRelative(String absolute) {
        String path = URI.create(absolute).getPath();
        return path == null || path.isEmpty() ? "/" : path;
    }
}
