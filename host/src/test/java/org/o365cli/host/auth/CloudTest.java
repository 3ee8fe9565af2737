package org.o365cli.host.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each cloud's endpoints, and the public-cloud names plugins declare mapped into it. */
class CloudTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Public    | login.microsoftonline.com        | https://graph.microsoft.com             | https://*.sharepoint.com     | https://contoso-admin.sharepoint.com",
        "USGov     | login.microsoftonline.com        | https://graph.microsoft.com             | https://*.sharepoint.com     | https://contoso-admin.sharepoint.com",
        "USGovHigh | login.microsoftonline.us         | https://graph.microsoft.us              | https://*.sharepoint.us      | https://contoso-admin.sharepoint.us",
        "USGovDoD  | login.microsoftonline.us         | https://dod-graph.microsoft.us          | https://*.sharepoint-mil.us  | https://contoso-admin.sharepoint-mil.us",
        "China     | login.partner.microsoftonline.cn | https://microsoftgraph.chinacloudapi.cn | https://*.sharepoint.cn      | https://contoso-admin.sharepoint.cn"})
    void declaredPublicNamesAreMappedToTheCloudsOwn(String name, String login, String graph, String sharePoint, String admin) {
        Cloud cloud = Cloud.parse(name);

        assertEquals("https://" + login + "/contoso.onmicrosoft.com", cloud.authority("contoso.onmicrosoft.com"));
        assertEquals(graph, cloud.map("https://graph.microsoft.com"));
        assertEquals(graph, cloud.map("https://Graph.Microsoft.com/"));
        assertEquals(graph, cloud.graph().uri());
        assertEquals(sharePoint, cloud.map("https://*.sharepoint.com"));
        assertEquals(admin, cloud.map("https://contoso-admin.sharepoint.com"));
        assertEquals("https://api.contoso.com", cloud.map("https://api.contoso.com"), "a third party's API is the same everywhere");
        assertEquals("https://graph.microsoft.com.evil.example", cloud.map("https://graph.microsoft.com.evil.example"));
        assertEquals("https://sharepoint.com.evil.example", cloud.map("https://sharepoint.com.evil.example"));
        assertTrue(Cloud.isLoginHost(login));
    }

    @ParameterizedTest
    @ValueSource(strings = {"login.chinacloudapi.cn", "LOGIN.MICROSOFTONLINE.US"})
    void formerAndDifferentlyCasedLoginHostsAreAzureAd(String host) {
        assertTrue(Cloud.isLoginHost(host));
    }

    @ParameterizedTest
    @ValueSource(strings = {"login.microsoftonline.com.evil.example", "idp.example.com", ""})
    void otherHostsAreNotLoginHosts(String host) {
        assertFalse(Cloud.isLoginHost(host));
    }
}
