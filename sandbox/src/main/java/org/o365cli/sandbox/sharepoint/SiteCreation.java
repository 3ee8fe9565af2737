package org.o365cli.sandbox.sharepoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.o365cli.sandbox.SandboxRequest;
import org.o365cli.sandbox.SandboxResponse;
import org.o365cli.sandbox.directory.Groups;
import org.o365cli.sandbox.directory.Users;
import org.o365cli.sandbox.state.StateFile;
import org.o365cli.sandbox.state.StateFile.Change;

/**
 * {@code GroupSiteManager/CreateGroupEx} (a team site and its Microsoft 365 group) and
 * {@code SPSiteManager/Create} (a communication site), on the tenant's root site. Both create the
 * site at once (status 2); a taken URL or alias gives status 3 with the reason in {@code ErrorMessage}.
 */
final class SiteCreation {

    private static final String NO_ID = "00000000-0000-0000-0000-000000000000";

    private final ObjectMapper json;
    private final Clock clock;
    private final StateFile state;
    private final SharePointAnswers answers;

    SiteCreation(ObjectMapper json, Clock clock, StateFile state, SharePointAnswers answers) {
        this.json = json;
        this.clock = clock;
        this.state = state;
        this.answers = answers;
    }

    SandboxResponse teamSite(SandboxRequest request, String siteUrl) {
        JsonNode body = read(request);
        String alias = body.path("alias").asText("");
        String title = body.path("displayName").asText("");
        if (alias.isBlank() || title.isBlank() || !alias.matches("[A-Za-z0-9._-]{1,64}")) {
            return answers.error(400, "-2147024809, System.ArgumentException", "The parameters displayName and alias are "
                    + "required; alias takes letters, digits, '.', '_' and '-'.");
        }
        String url = SharePointSeed.ROOT + "/sites/" + alias;
        return state.update(current -> {
            ObjectNode tenant = current.orElseThrow();
            ObjectNode result = json.createObjectNode();
            result.putNull("DocumentsUrl");
            boolean taken = Sites.exactly(tenant, url).isPresent() || aliasTaken(tenant, alias);
            String groupId = taken ? NO_ID : UUID.randomUUID().toString();
            if (taken) {
                result.put("ErrorMessage", "The group alias '" + alias + "' is already in use. Choose another alias.");
            } else {
                result.putNull("ErrorMessage");
            }
            result.put("GroupId", groupId);
            result.put("SiteStatus", taken ? 3 : 2);
            result.put("SiteUrl", taken ? "" : url);
            if (taken) {
                return Change.unchanged(answers.function("CreateGroupEx", result, "SP.Directory.Provisioning.GroupSiteInfo"));
            }
            String created = now();
            ObjectNode site = Sites.site(json, url, title, "GROUP#0", "admin", created, groupId);
            site.put("description", body.path("optionalParams").path("Description").asText(""));
            site.put("classification", body.path("optionalParams").path("Classification").asText(""));
            tenant.withObjectProperty("sharepoint").withArrayProperty("sites").add(site);
            ObjectNode group = Groups.shape(json, groupId, title, alias, body.path("isPublic").asBoolean() ? "Public" : "Private",
                    created);
            tenant.withArrayProperty("groups").add(group);
            tenant.withObjectProperty("groupLinks").putObject(groupId).putArray("owners").add(Users.id(0));
            return Change.written(tenant, answers.function("CreateGroupEx", result, "SP.Directory.Provisioning.GroupSiteInfo"));
        });
    }

    SandboxResponse communicationSite(SandboxRequest request, String siteUrl) {
        JsonNode body = read(request).path("request");
        String url = Sites.trim(body.path("Url").asText(""));
        String title = body.path("Title").asText("");
        if (title.isBlank() || !url.toLowerCase(Locale.ROOT).startsWith(SharePointSeed.ROOT + "/sites/")) {
            return answers.error(400, "-2147024809, System.ArgumentException", "The request needs a Title and a Url under "
                    + SharePointSeed.ROOT + "/sites/.");
        }
        return state.update(current -> {
            ObjectNode tenant = current.orElseThrow();
            ObjectNode result = json.createObjectNode();
            boolean taken = Sites.exactly(tenant, url).isPresent();
            ObjectNode site = Sites.site(json, url, title, body.path("WebTemplate").asText("SITEPAGEPUBLISHING#0"),
                    owner(body.path("Owner").asText("")), now(), null);
            result.put("SiteId", taken ? NO_ID : site.path("id").asText());
            result.put("SiteStatus", taken ? 3 : 2);
            result.put("SiteUrl", url);
            if (taken) {
                result.put("ErrorMessage", "A site already exists at url " + url + ".");
                return Change.unchanged(answers.function("Create", result, "SP.Publishing.SPSiteCreationResponse"));
            }
            site.put("description", body.path("Description").asText(""));
            site.put("classification", body.path("Classification").asText(""));
            site.put("shareByEmail", body.path("ShareByEmailEnabled").asBoolean(false));
            site.put("lcid", body.path("Lcid").asInt(1033));
            tenant.withObjectProperty("sharepoint").withArrayProperty("sites").add(site);
            return Change.written(tenant, answers.function("Create", result, "SP.Publishing.SPSiteCreationResponse"));
        });
    }

    private static boolean aliasTaken(JsonNode tenant, String alias) {
        for (JsonNode group : tenant.path("groups")) {
            if (group.path("mailNickname").asText().equalsIgnoreCase(alias)) {
                return true;
            }
        }
        return false;
    }

    private static String owner(String upn) {
        return upn.contains("@") ? upn.substring(0, upn.indexOf('@')) : "admin";
    }

    private String now() {
        return DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    private JsonNode read(SandboxRequest request) {
        try {
            JsonNode body = json.readTree(request.body());
            return body == null ? json.createObjectNode() : body;
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }
}
