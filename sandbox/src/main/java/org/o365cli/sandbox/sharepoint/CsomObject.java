package org.o365cli.sandbox.sharepoint;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An object a CSOM object path resolves to.
 *
 * @param kind what it is
 * @param key  the tenant id, or the site URL of a site or web
 * @param data the site as the state keeps it, or the enumerable's filter; null for the tenant
 */
record CsomObject(Kind kind, String key, JsonNode data) {

    enum Kind { TENANT, SITE, WEB, SITE_PROPERTIES }
}
