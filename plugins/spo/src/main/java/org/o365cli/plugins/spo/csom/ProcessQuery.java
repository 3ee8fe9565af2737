package org.o365cli.plugins.spo.csom;

import com.fasterxml.jackson.databind.JsonNode;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.Http;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.TokenMethod;

/**
 * CSOM calls: {@code POST <site>/_vti_bin/client.svc/ProcessQuery} with a form digest, and the
 * error SharePoint reports in the first element of its answer turned into one line.
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
     * @return the answer: a JSON array whose first element describes the request
     * @throws O365Exception with SharePoint's message when the request failed
     */
    public JsonNode execute(String siteUrl, String body, TokenMethod tokenMethod) {
        String digest = digests.digest(siteUrl, tokenMethod);
        String url = siteUrl + "/_vti_bin/client.svc/ProcessQuery";
        JsonNode answer = http.json(ApiRequest.post(url)
                .withBody("text/xml", body)
                .withHeader("X-RequestDigest", digest)
                .withToken(tokenMethod));
        if (!answer.isArray() || answer.isEmpty()) {
            throw new O365Exception("POST " + url + " answered with something other than a CSOM answer; check that "
                    + siteUrl + " is a SharePoint site");
        }
        JsonNode error = answer.get(0).path("ErrorInfo");
        if (error.isObject()) {
            String type = error.path("ErrorTypeName").asText("");
            String code = error.path("ErrorCode").isMissingNode() ? "" : error.path("ErrorCode").asText();
            throw new O365Exception("POST " + url + " failed: " + oneLine(error.path("ErrorMessage").asText("unknown error"))
                    + (type.isEmpty() && code.isEmpty() ? "" : " [" + type + (code.isEmpty() ? "" : " " + code) + "]"));
        }
        return answer;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
