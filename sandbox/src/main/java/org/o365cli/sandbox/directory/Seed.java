package org.o365cli.sandbox.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The tenant a reset makes: always the same groups, applications, service principals, grants and
 * settings, in Microsoft Graph's shapes, so that tests and examples can rely on them.
 */
public final class Seed {

    /** The tenant id of contoso. */
    public static final String TENANT_ID = "8f2c1e3a-5b4d-4c6e-9f70-1a2b3c4d5e6f";
    /** The application (client) id of the sandbox's own app registration, which every sign-in may use. */
    public static final String APP_ID = "5b0a5c4e-0a1d-4b0e-9a5e-5a4db0c1e365";
    /** Microsoft Graph's application id. */
    public static final String GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";
    /** SharePoint Online's application id. */
    public static final String SHAREPOINT_APP_ID = "00000003-0000-0ff1-ce00-000000000000";
    /** When the seeded objects were made, so that every reset gives the same answers. */
    public static final String CREATED = "2026-01-05T09:00:00Z";

    private final ObjectMapper json;

    /** @param json the mapper */
    public Seed(ObjectMapper json) {
        this.json = json;
    }

    /** A stable GUID for a seeded object's name. */
    public static String guid(String name) {
        return UUID.nameUUIDFromBytes(("o365-sandbox:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A stable opaque id, 43 base64url characters, like Graph's grant and app role assignment ids. */
    public static String opaqueId(String name) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(("o365-sandbox:" + name)
                    .getBytes(StandardCharsets.UTF_8));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fills a fresh state with the directory's seeded objects. */
    public void directory(ObjectNode state) {
        ArrayNode groups = state.putArray("groups");
        ObjectNode links = state.putObject("groupLinks");
        group(groups, links, "Sales and Marketing", "SalesAndMarketing", "Public", List.of(12), List.of(1, 2, 12));
        group(groups, links, "Retail", "Retail", "Public", List.of(1), List.of(1, 6, 15));
        group(groups, links, "Mark 8 Project Team", "Mark8ProjectTeam", "Public", List.of(12), List.of(3, 5, 10, 12));
        group(groups, links, "Legal Team", "LegalTeam", "Private", List.of(8), List.of(8, 14));
        group(groups, links, "Digital Initiative Public Relations", "DigitalInitiativePublicRelations", "Public",
                List.of(13), List.of(2, 13));
        ArrayNode settings = state.putArray("groupSettings");
        ObjectNode unified = settings.addObject();
        unified.put("id", guid("setting:Group.Unified"));
        unified.put("displayName", "Group.Unified");
        unified.put("templateId", "62375ab9-6b52-47ed-826b-58e47e0e304b");
        ArrayNode values = unified.putArray("values");
        setting(values, "EnableGroupCreation", "true");
        setting(values, "AllowGuestsToAccessGroups", "true");
        setting(values, "UsageGuidelinesUrl", "https://contoso.sharepoint.com/sites/policies");
        setting(values, "ClassificationList", "Low,Medium,High");
        new Applications(json).seed(state);
    }

    /** Upgrades the directory of a tenant made by an older sandbox, keeping what users made. */
    public void upgradeDirectory(ObjectNode state) {
        new Applications(json).upgrade(state);
    }

    private void group(ArrayNode groups, ObjectNode links, String name, String nickname, String visibility,
                       List<Integer> owners, List<Integer> members) {
        ObjectNode group = Groups.shape(json, guid("group:" + nickname), name, nickname, visibility, CREATED);
        group.put("description", name);
        groups.add(group);
        ObjectNode link = links.putObject(group.get("id").asText());
        owners.forEach(i -> link.withArrayProperty("owners").add(Users.id(i)));
        members.forEach(i -> link.withArrayProperty("members").add(Users.id(i)));
    }

    private static void setting(ArrayNode values, String name, String value) {
        ObjectNode entry = values.addObject();
        entry.put("name", name);
        entry.put("value", value);
    }
}
