package org.o365cli.plugins.spo.csom;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.Http;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.TokenMethod;

/**
 * Form digests (the {@code X-RequestDigest} SharePoint wants on every write) by site URL, each
 * reused until shortly before its {@code FormDigestTimeoutSeconds} run out.
 */
public final class FormDigests {

    /** A digest this close to its expiry is fetched again, so it cannot expire in flight. */
    static final Duration MARGIN = Duration.ofMinutes(1);

    private final Http http;
    private final Clock clock;
    private final Map<String, Digest> digests = new HashMap<>();

    /** @param http the command's HTTP stack */
    public FormDigests(Http http) {
        this(http, Clock.systemUTC());
    }

    /**
     * @param http  the command's HTTP stack
     * @param clock the time against which digests expire
     */
    public FormDigests(Http http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    /**
     * A valid form digest of a site, from {@code POST <siteUrl>/_api/contextinfo} when none is cached.
     *
     * @param siteUrl     the site, without a trailing slash
     * @param tokenMethod ENSURE for the connection's own site, GET for a URL the user gave
     * @return the digest value
     */
    public synchronized String digest(String siteUrl, TokenMethod tokenMethod) {
        Digest cached = digests.get(siteUrl);
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.expiresOn())) {
            return cached.value();
        }
        JsonNode info = http.json(ApiRequest.post(siteUrl + "/_api/contextinfo")
                .withHeader("Accept", "application/json;odata=nometadata")
                .withToken(tokenMethod));
        String value = info.path("FormDigestValue").asText("");
        if (value.isEmpty()) {
            throw new O365Exception("POST " + siteUrl + "/_api/contextinfo answered without a FormDigestValue; check that "
                    + siteUrl + " is a SharePoint site");
        }
        long seconds = info.path("FormDigestTimeoutSeconds").asLong(0);
        digests.put(siteUrl, new Digest(value, now.plusSeconds(seconds).minus(MARGIN)));
        return value;
    }

    private record Digest(String value, Instant expiresOn) {
    }
}
