package com.contoso.spo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.o365cli.testkit.O365Extension;
import org.o365cli.testkit.RunResult;

/** The contribution runs under o365's own spo plugin, connected to the sandbox's admin site. */
class SiteCheckCommandIT {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    @Test
    void readsASiteTheUserNamesWithATokenForThatSiteAndKeepsSposConnection() {
        assertEquals(0, o365.run("spo", "connect", "https://contoso-admin.sharepoint.com", "--sandbox").exitCode());

        RunResult check = o365.run("spo", "contoso", "site-check", "--url", "https://contoso.sharepoint.com/sites/SalesAndMarketing");

        assertEquals(0, check.exitCode(), check::toString);
        JsonNode facts = check.json();
        assertEquals("Sales and Marketing", facts.get("title").asText(), check::toString);
        assertEquals("https://contoso.sharepoint.com/sites/SalesAndMarketing", facts.get("url").asText());
        RunResult status = o365.run("spo", "status", "-o", "json");
        assertTrue(status.out().contains("contoso-admin.sharepoint.com"), status::toString);
    }

    @Test
    void aUrlThatIsNotASiteIsAUsageError() {
        assertEquals(0, o365.run("spo", "connect", "https://contoso-admin.sharepoint.com", "--sandbox").exitCode());

        RunResult check = o365.run("spo", "contoso", "site-check", "--url", "not a url");

        assertEquals(2, check.exitCode(), check::toString);
        assertTrue(check.err().contains("--url not a url is not a site URL"), check::toString);
    }
}
