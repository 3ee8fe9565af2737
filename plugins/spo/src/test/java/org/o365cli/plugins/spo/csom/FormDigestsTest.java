package org.o365cli.plugins.spo.csom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.TokenMethod;
import org.o365cli.testkit.FakeHttp;

/** Form digests are fetched once per site and reused until a minute before they expire. */
class FormDigestsTest {

    private Instant now = Instant.parse("2026-11-28T04:30:00Z");
    private String answer = "{\"FormDigestTimeoutSeconds\":1800,\"FormDigestValue\":\"0xD1\"}";
    private final FakeHttp http = FakeHttp.answeringJson(() -> answer);
    private final List<ApiRequest> requests = http.requests();

    private final FormDigests digests = new FormDigests(http, new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void digestIsPostedForWithTheGivenTokenMethodAndReusedWithinItsLifetime() {
        assertEquals("0xD1", digests.digest("https://contoso.sharepoint.com/sites/x", TokenMethod.GET));
        now = now.plus(Duration.ofMinutes(28));
        assertEquals("0xD1", digests.digest("https://contoso.sharepoint.com/sites/x", TokenMethod.GET));

        assertEquals(1, requests.size());
        ApiRequest request = requests.get(0);
        assertEquals("POST https://contoso.sharepoint.com/sites/x/_api/contextinfo", request.toString());
        assertEquals(TokenMethod.GET, request.tokenMethod());
        assertEquals("application/json;odata=nometadata", request.headers().get("Accept"));
    }

    @Test
    void digestIsFetchedAgainWithinAMinuteOfItsExpiry() {
        digests.digest("https://contoso-admin.sharepoint.com", TokenMethod.ENSURE);
        now = now.plus(Duration.ofMinutes(29)).plusSeconds(1);
        answer = "{\"FormDigestTimeoutSeconds\":1800,\"FormDigestValue\":\"0xD2\"}";

        assertEquals("0xD2", digests.digest("https://contoso-admin.sharepoint.com", TokenMethod.ENSURE));
        assertEquals(2, requests.size());
    }

    @Test
    void eachSiteHasItsOwnDigest() {
        digests.digest("https://contoso.sharepoint.com/sites/a", TokenMethod.GET);
        digests.digest("https://contoso.sharepoint.com/sites/b", TokenMethod.GET);

        assertEquals(2, requests.size());
    }

    @Test
    void answerWithoutADigestIsAClearError() {
        answer = "{}";

        O365Exception error = assertThrows(O365Exception.class, () -> digests.digest("https://contoso.sharepoint.com", TokenMethod.GET));
        assertTrue(error.getMessage().contains("without a FormDigestValue"), error::getMessage);
    }
}
