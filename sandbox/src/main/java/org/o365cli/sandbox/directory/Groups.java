package org.o365cli.sandbox.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A Microsoft 365 group in the shape {@code GET /groups/{id}} and {@code POST /groups} answer. */
public final class Groups {

    private Groups() {
    }

    /**
     * @return the group with every property Graph returns by default, in Graph's order
     */
    public static ObjectNode shape(ObjectMapper json, String id, String displayName, String mailNickname,
                                   String visibility, String created) {
        ObjectNode group = json.createObjectNode();
        group.put("id", id);
        group.putNull("deletedDateTime");
        group.putNull("classification");
        group.put("createdDateTime", created);
        group.putArray("creationOptions");
        group.putNull("description");
        group.put("displayName", displayName);
        group.putNull("expirationDateTime");
        group.putArray("groupTypes").add("Unified");
        group.putNull("isAssignableToRole");
        group.put("mail", mailNickname + "@" + Users.DOMAIN);
        group.put("mailEnabled", true);
        group.put("mailNickname", mailNickname);
        group.putNull("membershipRule");
        group.putNull("membershipRuleProcessingState");
        group.putNull("onPremisesDomainName");
        group.putNull("onPremisesLastSyncDateTime");
        group.putNull("onPremisesNetBiosName");
        group.putNull("onPremisesSamAccountName");
        group.putNull("onPremisesSecurityIdentifier");
        group.putNull("onPremisesSyncEnabled");
        group.putNull("preferredDataLocation");
        group.putNull("preferredLanguage");
        group.putArray("proxyAddresses").add("SMTP:" + mailNickname + "@" + Users.DOMAIN);
        group.put("renewedDateTime", created);
        group.putArray("resourceBehaviorOptions");
        group.putArray("resourceProvisioningOptions");
        group.put("securityEnabled", false);
        group.put("securityIdentifier", "S-1-12-1-" + Math.abs(id.hashCode()));
        group.putNull("theme");
        group.put("visibility", visibility);
        group.putArray("onPremisesProvisioningErrors");
        return group;
    }
}
