package org.o365cli.plugins.spo.csom;

import com.fasterxml.jackson.databind.JsonNode;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.Http;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.TokenMethod;

/**
 * CSOM calls: {@code POST <site>/_vti_bin/client.svc/ProcessQuery} with a form digest, the answer
 * read by {@link CsomAnswer}.
 */
public final class ProcessQuery {

    private final Http http;
    private final FormDigests digests;

    /**
     * @param http    the command's HTTP stack
     * @param digests the form digests to sign requests with
     */
    public ProcessQuery(Http http, FormDigests digests) {
        this.http = http;
        this.digests = digests;
    }

    /**
     * Runs a CSOM request.
     *
     * @param siteUrl     the site the request runs on, e.g. the tenant admin site
     * @param body        the {@code <Request>} XML, see {@link CsomXml}
     * @param tokenMethod ENSURE for the connection's own site
     * @return the answer, its results by action Id
     * @throws O365Exception with SharePoint's message when the request failed
     */
    public CsomAnswer execute(String siteUrl, String body, TokenMethod tokenMethod) {
        String digest = digests.digest(siteUrl, tokenMethod);
        String url = siteUrl + "/_vti_bin/client.svc/ProcessQuery";
        JsonNode answer = http.json(ApiRequest.post(url)
                .withBody("text/xml", body)
                .withHeader("X-RequestDigest", digest)
                .withToken(tokenMethod));
        return CsomAnswer.read(answer, "POST " + url);
    }
}
