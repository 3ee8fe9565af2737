package org.o365cli.plugins.spo.app;

/** Which app catalog an app command works on. */
public enum AppCatalogScope {
    tenant,
    sitecollection;

    /** The catalog's REST endpoint on a site, e.g. {@code <site>/_api/web/tenantappcatalog}. */
    String endpoint(String siteUrl) {
        return siteUrl + "/_api/web/" + name() + "appcatalog";
    }
}
