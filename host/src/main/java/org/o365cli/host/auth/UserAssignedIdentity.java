package org.o365cli.host.auth;

import java.util.Objects;

/**
 * A user-assigned managed identity, named in one of the three ways Azure's identity endpoints take.
 *
 * @param kind how {@code id} names it
 * @param id   the identity's client id, object (principal) id or Azure resource id
 */
public record UserAssignedIdentity(Kind kind, String id) {

    /** How an identity is named. */
    public enum Kind {
        /** Its application (client) id. */
        CLIENT_ID,
        /** Its object id in Azure AD, which Azure also calls the principal id. */
        OBJECT_ID,
        /** Its Azure resource id, {@code /subscriptions/…/userAssignedIdentities/<name>}. */
        RESOURCE_ID
    }

    /** Checks both parts are there. */
    public UserAssignedIdentity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    /**
     * The identity {@code connect} was given, or that a connection stored.
     *
     * @param clientOrResourceId a client id, or a resource id (it starts with {@code /subscriptions/}), or null
     * @param objectId           an object id, or null
     * @return the identity, or null for the system-assigned one
     */
    public static UserAssignedIdentity of(String clientOrResourceId, String objectId) {
        if (objectId != null && !objectId.isBlank()) {
            return new UserAssignedIdentity(Kind.OBJECT_ID, objectId);
        }
        if (clientOrResourceId == null || clientOrResourceId.isBlank()) {
            return null;
        }
        boolean resourceId = clientOrResourceId.regionMatches(true, 0, "/subscriptions/", 0, "/subscriptions/".length());
        return new UserAssignedIdentity(resourceId ? Kind.RESOURCE_ID : Kind.CLIENT_ID, clientOrResourceId);
    }

    /** The words for messages, e.g. {@code the object id 1f2e…}. */
    public String describe() {
        return switch (kind) {
            case CLIENT_ID -> "the client id " + id;
            case OBJECT_ID -> "the object id " + id;
            case RESOURCE_ID -> "the resource id " + id;
        };
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
