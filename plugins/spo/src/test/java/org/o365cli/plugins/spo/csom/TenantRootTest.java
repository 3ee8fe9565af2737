package org.o365cli.plugins.spo.csom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o365cli.auth.ConnectionInfo;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;

/** The tenant's root site, from whichever site of the tenant spo is connected to. */
class TenantRootTest {

    private static ConnectionInfo connection(String resource, Map<String, String> properties) {
        return new ConnectionInfo("spo", Resource.of(resource), "admin@contoso.com", "password", "a", "contoso.onmicrosoft.com",
                "Public", Instant.EPOCH, properties);
    }

    @ParameterizedTest
    @CsvSource({
        "https://contoso-admin.sharepoint.com, https://contoso.sharepoint.com",
        "https://contoso-my.sharepoint.com,    https://contoso.sharepoint.com",
        "https://contoso.sharepoint.com,       https://contoso.sharepoint.com",
        "https://Contoso-Admin.SharePoint.com, https://contoso.sharepoint.com",
        "https://my-org-admin.sharepoint.com,  https://my-org.sharepoint.com",
        "https://contoso-admin.sharepoint.us,  https://contoso.sharepoint.us"})
    void rootSiteIsTheTenantsNameOnTheSameDomain(String resource, String root) {
        assertEquals(root, TenantRoot.of(connection(resource, Map.of())));
    }

    @Test
    void aVanityAdminHostDoesNotGiveTheTenantsName() {
        O365Exception error = assertThrows(O365Exception.class,
                () -> TenantRoot.of(connection("https://contosoadmin.sharepoint.com", Map.of("admin", "true"))));

        assertEquals("The tenant's root site is not known from the admin site https://contosoadmin.sharepoint.com, whose host"
                + " does not hold the tenant's name; give the site URL as an option", error.getMessage());
    }
}
