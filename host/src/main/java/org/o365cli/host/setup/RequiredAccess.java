package org.o365cli.host.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An application's {@code requiredResourceAccess} (resource type requiredResourceAccess): per resource
 * app id, the scopes ({@code Scope}) and app roles ({@code Role}) the app asks for, by id.
 */
final class RequiredAccess {

    private RequiredAccess() {
    }

    /**
     * @param existing    the app's current list, or null for a new app
     * @param permissions the permissions it should ask for
     * @return the current list with the missing permissions added, in order; equal to it when none is missing
     */
    static ArrayNode merge(ObjectMapper json, JsonNode existing, List<ResolvedPermission> permissions) {
        ArrayNode merged = existing instanceof ArrayNode array ? array.deepCopy() : json.createArrayNode();
        for (ResolvedPermission permission : permissions) {
            ObjectNode resource = null;
            for (JsonNode entry : merged) {
                if (entry.path("resourceAppId").asText().equalsIgnoreCase(permission.resourceAppId())) {
                    resource = (ObjectNode) entry;
                }
            }
            if (resource == null) {
                resource = merged.addObject().put("resourceAppId", permission.resourceAppId());
                resource.putArray("resourceAccess");
            }
            boolean present = false;
            for (JsonNode access : resource.withArrayProperty("resourceAccess")) {
                present |= access.path("id").asText().equalsIgnoreCase(permission.id())
                        && access.path("type").asText().equals(permission.type());
            }
            if (!present) {
                resource.withArrayProperty("resourceAccess").addObject().put("id", permission.id()).put("type", permission.type());
            }
        }
        return merged;
    }
}
