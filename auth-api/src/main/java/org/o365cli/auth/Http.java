package org.o365cli.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;

/**
 * The one HTTP stack, as plugins see it: tokens from the command's {@link Auth} (only ever sent to
 * the origin they were issued for, over https), retries of throttled and unavailable answers
 * honouring {@code Retry-After}, one renewal and retry on a 401 for an invalid or expired token,
 * {@code --debug} tracing with secrets redacted, and API errors turned into one-line
 * {@link ApiException}s. Plugin code never does any of this itself.
 */
public interface Http {

    /**
     * Sends a request.
     *
     * @param request the request
     * @return the 2xx answer
     * @throws ApiException  when the API answers with an error, in the API's own words
     * @throws O365Exception when the API cannot be reached, or keeps throttling
     */
    ApiResponse send(ApiRequest request);

    /**
     * Sends a request and reads its JSON answer.
     *
     * @param request the request
     * @return the JSON body; an empty body is a missing node
     * @throws ApiException when the API answers with an error, or with something that is not JSON (an HTML page)
     */
    JsonNode json(ApiRequest request);

    /**
     * The items of a paged OData collection, read page by page as the stream is consumed:
     * the {@code value} array of each page, following {@code @odata.nextLink} (or
     * {@code odata.nextLink}) to the end. Close the stream, or consume it whole.
     *
     * @param first the request of the first page (a GET)
     * @return the items, lazily
     */
    Stream<JsonNode> pages(ApiRequest first);
}
