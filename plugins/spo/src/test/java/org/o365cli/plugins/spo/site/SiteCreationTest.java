package org.o365cli.plugins.spo.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.O365Exception;
import org.o365cli.testkit.FakeCommandContext;
import org.o365cli.testkit.FakeHttp;

/** Waiting for a site is bounded: a number of status checks, and a time. */
class SiteCreationTest {

    private static final String URL = "https://contoso.sharepoint.com/sites/news";
    private static final NewSite PROVISIONING = new NewSite(URL, 1, null, "s1");

    private final FakeHttp http = FakeHttp.answeringJson(() -> "{\"SiteId\":\"s1\",\"SiteStatus\":1,\"SiteUrl\":\"" + URL + "\"}");
    private final List<ApiRequest> requests = http.requests();
    private final FakeCommandContext context = new FakeCommandContext("spo", http);

    private SiteCreation creation(int polls, Duration time) {
        return new SiteCreation(context, "https://contoso.sharepoint.com", false, new SiteCreation.Bounds(polls, time, Duration.ofMillis(1)));
    }

    @Test
    void aSiteStillProvisioningAfterTheLastCheckIsAnErrorSayingItWasCreated() {
        O365Exception error = assertThrows(O365Exception.class, () -> creation(3, Duration.ofMinutes(1)).waitUntilReady(PROVISIONING));

        assertEquals(URL + " was created but is still being provisioned after 3 checks; check it later with o365 spo site get --url "
                + URL, error.getMessage());
        assertEquals(3, requests.size());
        assertEquals("GET https://contoso.sharepoint.com/_api/SPSiteManager/status?url=%27https%3A%2F%2Fcontoso.sharepoint.com"
                + "%2Fsites%2Fnews%27", requests.get(0).toString());
        assertEquals(3, context.logged().stream().filter(line -> line.startsWith("info: ")).count());
    }

    @Test
    void noCheckStartsAfterTheTimeIsUp() {
        O365Exception error = assertThrows(O365Exception.class, () -> creation(60, Duration.ZERO).waitUntilReady(PROVISIONING));

        assertEquals(URL + " was created but is still being provisioned after 0 checks; check it later with o365 spo site get --url "
                + URL, error.getMessage());
        assertEquals(0, requests.size());
    }
}
