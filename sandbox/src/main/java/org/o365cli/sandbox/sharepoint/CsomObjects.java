package org.o365cli.sandbox.sharepoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.o365cli.sandbox.directory.Seed;
import org.w3c.dom.Element;

/** What CSOM's object paths and actions do to the tenant's state, and the objects' JSON. */
final class CsomObjects {

    static final int SITE_PAGE = 100;
    private static final String IDENTITY = "908bed80-a04a-4433-b4a0-883d9847d110:";
    private static final String INVALID = "Microsoft.SharePoint.Client.InvalidClientQueryException";
    private static final Pattern FILTER = Pattern.compile("^\\s*(Url|Title)\\s+-(like|eq)\\s+'([^']*)'\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final ObjectMapper json;
    private final ObjectNode tenant;
    private final String correlation;

    CsomObjects(ObjectMapper json, ObjectNode tenant, String correlation) {
        this.json = json;
        this.tenant = tenant;
        this.correlation = correlation;
    }

    CsomObject method(CsomObject parent, String name, Element path) {
        if (parent.kind() == CsomObject.Kind.TENANT && name.equals("GetSiteByUrl")) {
            String url = CsomRequest.stringParameters(path).stream().findFirst().orElse("");
            JsonNode site = Sites.exactly(tenant, url).orElseThrow(() -> new CsomError(-2147024809,
                    "System.ArgumentException", "Cannot get site " + url + "."));
            return new CsomObject(CsomObject.Kind.SITE, site.path("url").asText(), site);
        }
        if (parent.kind() == CsomObject.Kind.TENANT && name.equals("GetSitePropertiesFromSharePointByFilters")) {
            ObjectNode filter = json.createObjectNode();
            for (String property : List.of("Filter", "StartIndex", "Template", "IncludePersonalSite")) {
                filter.put(property, CsomRequest.objectProperty(path, property));
            }
            return new CsomObject(CsomObject.Kind.SITE_PROPERTIES, "", filter);
        }
        throw new CsomError(-1, INVALID, "The sandbox tenant does not emulate the CSOM method " + name + ".");
    }

    CsomObject property(CsomObject parent, String name) {
        if (parent.kind() == CsomObject.Kind.SITE && name.equals("RootWeb")) {
            return new CsomObject(CsomObject.Kind.WEB, parent.key(), parent.data());
        }
        throw new CsomError(-1, INVALID, "The sandbox tenant does not emulate the CSOM property " + name + ".");
    }

    JsonNode query(CsomObject target) {
        return switch (target.kind()) {
            case TENANT -> tenantObject();
            case SITE_PROPERTIES -> sites(target.data());
            case SITE, WEB -> siteProperties(target.data());
        };
    }

    /** Runs a method without a result; returns whether the state changed. */
    boolean call(CsomObject target, String name, List<String> parameters) {
        boolean storage = name.equals("SetStorageEntity") || name.equals("RemoveStorageEntity");
        if (target.kind() != CsomObject.Kind.WEB || !storage) {
            throw new CsomError(-1, INVALID, "The sandbox tenant does not emulate the CSOM method " + name + ".");
        }
        if (!target.key().equalsIgnoreCase(SharePointSeed.APP_CATALOG)) {
            throw new CsomError(-2147024891, "System.UnauthorizedAccessException", "Access denied. Storage entities are set "
                    + "on the tenant app catalog " + SharePointSeed.APP_CATALOG + ", not " + target.key() + ".");
        }
        ObjectNode entities = tenant.withObjectProperty("sharepoint").withObjectProperty("storageEntities");
        String key = parameters.isEmpty() ? "" : parameters.get(0);
        if (name.equals("RemoveStorageEntity")) {
            return entities.remove(key) != null;
        }
        ObjectNode entity = entities.putObject(key);
        entity.put("Value", parameters.size() > 1 ? parameters.get(1) : "");
        entity.put("Comment", parameters.size() > 3 ? parameters.get(3) : "");
        entity.put("Description", parameters.size() > 2 ? parameters.get(2) : "");
        return true;
    }

    private ObjectNode tenantObject() {
        ObjectNode object = json.createObjectNode();
        object.put("_ObjectType_", "Microsoft.Online.SharePoint.TenantAdministration.Tenant");
        object.put("_ObjectIdentity_", correlation + "|" + IDENTITY + Seed.TENANT_ID + "\nTenant");
        object.put("AllowDownloadingNonWebViewableFiles", true);
        object.put("CommentsOnSitePagesDisabled", false);
        object.put("DefaultSharingLinkType", 1);
        object.put("ExternalServicesEnabled", true);
        object.putNull("NoAccessRedirectUrl");
        object.put("OneDriveStorageQuota", 1048576);
        object.put("ResourceQuota", 5300);
        object.put("RootSiteUrl", SharePointSeed.ROOT);
        object.put("SharingCapability", 1);
        object.put("StorageQuota", 1126400);
        object.put("StorageQuotaAllocated", 0);
        return object;
    }

    private ObjectNode sites(JsonNode filter) {
        Predicate<JsonNode> matches = matcher(filter.path("Filter").asText(""), filter.path("Template").asText(""));
        int start;
        try {
            start = filter.path("StartIndex").asText("0").isEmpty() ? 0 : Integer.parseInt(filter.path("StartIndex").asText());
        } catch (NumberFormatException e) {
            throw new CsomError(-2147024809, "System.ArgumentException", "StartIndex is not valid.");
        }
        ArrayNode all = (ArrayNode) tenant.path("sharepoint").path("sites");
        ObjectNode enumerable = json.createObjectNode();
        enumerable.put("_ObjectType_", "Microsoft.Online.SharePoint.TenantAdministration.SPOSitePropertiesEnumerable");
        ArrayNode items = enumerable.putArray("_Child_Items_");
        int position = start;
        while (position < all.size() && items.size() < SITE_PAGE) {
            JsonNode site = all.get(position++);
            if (matches.test(site)) {
                items.add(siteProperties(site));
            }
        }
        if (position < all.size()) {
            enumerable.put("NextStartIndexFromSharePoint", String.valueOf(position));
        } else {
            enumerable.putNull("NextStartIndexFromSharePoint");
        }
        return enumerable;
    }

    private static Predicate<JsonNode> matcher(String filter, String template) {
        Predicate<JsonNode> byTemplate = template.isBlank() ? site -> true
                : site -> site.path("template").asText().equalsIgnoreCase(template);
        if (filter.isBlank()) {
            return byTemplate;
        }
        Matcher m = FILTER.matcher(filter);
        if (!m.matches()) {
            throw new CsomError(-2147024809, "System.ArgumentException", "The filter '" + filter + "' is not supported: the "
                    + "sandbox tenant takes Url or Title with -like or -eq and a quoted value.");
        }
        String property = m.group(1).toLowerCase(Locale.ROOT);
        String value = m.group(3).toLowerCase(Locale.ROOT);
        boolean like = m.group(2).equalsIgnoreCase("like");
        return byTemplate.and(site -> {
            String actual = site.path(property).asText().toLowerCase(Locale.ROOT);
            return like ? actual.contains(value) : actual.equals(value);
        });
    }

    private ObjectNode siteProperties(JsonNode site) {
        ObjectNode object = json.createObjectNode();
        object.put("_ObjectType_", "Microsoft.Online.SharePoint.TenantAdministration.SiteProperties");
        object.put("_ObjectIdentity_", correlation + "|" + IDENTITY + Seed.TENANT_ID + "\nSiteProperties\n"
                + site.path("url").asText());
        object.put("CompatibilityLevel", 15);
        object.put("Description", site.path("description").asText(""));
        object.put("GroupId", "/Guid(" + (site.path("groupId").isTextual() ? site.path("groupId").asText()
                : "00000000-0000-0000-0000-000000000000") + ")/");
        object.put("LastContentModifiedDate", csomDate(site.path("created").asText()));
        object.put("Lcid", site.path("lcid").asInt(1033));
        object.put("LockState", "Unlock");
        object.put("Owner", site.path("owner").asText(""));
        object.put("SharingCapability", 0);
        object.put("Status", "Active");
        object.put("StorageMaximumLevel", 26214400);
        object.put("StorageUsage", 1);
        object.put("Template", site.path("template").asText());
        object.put("Title", site.path("title").asText());
        object.put("Url", site.path("url").asText());
        object.put("WebsCount", 1);
        return object;
    }

    // CSOM's JSON dates: /Date(year,month-1,day,hour,minute,second,millisecond)/.
    private static String csomDate(String iso) {
        ZonedDateTime time = Instant.parse(iso).atZone(ZoneOffset.UTC);
        return "/Date(" + time.getYear() + "," + (time.getMonthValue() - 1) + "," + time.getDayOfMonth() + ","
                + time.getHour() + "," + time.getMinute() + "," + time.getSecond() + ",0)/";
    }
}
