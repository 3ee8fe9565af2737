package org.o365cli.plugins.spo.csom;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.auth.Resource;

/** The tenant admin site in every cloud's SharePoint domain (the tenant root: TenantRootTest). */
class AdminContextTest {

    @ParameterizedTest
    @CsvSource({
        "https://contoso-admin.sharepoint.com,     https://contoso.sharepoint.com",
        "https://contoso-admin.sharepoint.us,      https://contoso.sharepoint.us",
        "https://contoso-admin.sharepoint-mil.us,  https://contoso.sharepoint-mil.us",
        "https://contoso-admin.sharepoint.cn,      https://contoso.sharepoint.cn"})
    void theAdminSiteOfEachCloudIsAnAdminSiteAndItsRootIsNot(String admin, String root) {
        assertTrue(AdminContext.isAdminSite(Resource.of(admin)));
        assertFalse(AdminContext.isAdminSite(Resource.of(root)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://contoso.sharepoint.us", "https://contoso-my.sharepoint-mil.us", "https://admin.sharepoint.cn",
        "http://contoso-admin.sharepoint.com"})
    void otherSitesAreNotAdminSites(String site) {
        assertFalse(AdminContext.isAdminSite(Resource.of(site)));
    }
}
