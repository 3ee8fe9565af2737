package org.o365cli.host.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/** Connections with every field set, names and plugins included, and secrets that are easy to look for in messages. */
final class StoreSamples {

    /** Text that appears only inside tokens and secrets, never in a message about them. */
    static final String SECRET_MARK = "S3CRET";
    static final String ACCESS_TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOi" + SECRET_MARK + "access.c2lnbmF0dXJl";
    static final Instant EXPIRES_ON = Instant.parse("2026-11-28T03:15:00.123456789Z");
    static final String TENANT_ID = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private StoreSamples() {
    }

    static Supplier<ObjectMapper> json() {
        return ObjectMapper::new;
    }

    static ConnectionStore store(Path home) {
        return new ConnectionStore(home, json());
    }

    /** A delegated SharePoint connection to the admin site, with a token kept for another site. */
    static StoredConnection spo() {
        return new StoredConnection("spo", "deviceCode", "31359c7f-bd7e-475c-86db-fdb8c937548e", "contoso.onmicrosoft.com",
                "Public", "https://login.microsoftonline.com/contoso.onmicrosoft.com", "https://contoso-admin.sharepoint.com",
                ACCESS_TOKEN, EXPIRES_ON, "0.ARwA" + SECRET_MARK + "refresh", "admin@contoso.onmicrosoft.com", TENANT_ID,
                "9b0ef1b4-1b0e-4d2a-9c1f-6c0a5a7e2f10",
                Map.of("url", "https://contoso-admin.sharepoint.com", "tenantId", TENANT_ID),
                new StoredCredential("abc8Q~" + SECRET_MARK + "secret",
                        "-----BEGIN CERTIFICATE-----\nMIIB" + SECRET_MARK + "\n-----END CERTIFICATE-----\n",
                        "5f4e3d2c-0000-4b1a-9c8d-7e6f5a4b3c2d", "github", "7a8b9c0d-0000-4e1f-8a2b-3c4d5e6f7a8b"),
                Map.of("https://contoso.sharepoint.com",
                        new StoredToken("eyJ" + SECRET_MARK + "secondary", Instant.parse("2026-11-28T04:00:00Z"))),
                "admin@contoso.onmicrosoft.com", "spo-plugin");
    }

    /** An app-only Graph connection: no refresh token, no authority, no properties. */
    static StoredConnection graph(String service) {
        return new StoredConnection(service, "secret", "0e7a6b1c-2d3e-4f50-8a9b-c0d1e2f3a4b5", TENANT_ID, "Public", null,
                "https://graph.microsoft.com", "eyJ" + SECRET_MARK + "graph", Instant.parse("2026-11-28T03:45:00Z"), null,
                "o365 automation", TENANT_ID, null, null, new StoredCredential("xyz8Q~" + SECRET_MARK, null, null, null, null), null,
                "automation", service + "-plugin");
    }

    /** The spo connection whose access token expired an hour ago. */
    static StoredConnection expiredSpo() {
        return spo().withTokens("eyJ" + SECRET_MARK + "stale", Instant.now().minusSeconds(3600), null);
    }
}
