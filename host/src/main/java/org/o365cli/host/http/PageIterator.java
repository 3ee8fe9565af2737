package org.o365cli.host.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import org.o365cli.auth.ApiException;
import org.o365cli.auth.ApiRequest;

/**
 * The items of an OData collection, page after page by {@code @odata.nextLink}. The next page is read
 * only when the items of the current one are used up, so memory stays flat and a reader that stops
 * early (a closed stdout) stops the paging. The server controls the links, so they are checked: a link
 * seen before (a loop) or to another origin than the first page's ends the listing with an error.
 * Public for the test kit's {@code FakeHttp}, which pages with these rules rather than a copy of them.
 */
public final class PageIterator implements Iterator<JsonNode> {

    private final Function<ApiRequest, JsonNode> json;
    private final String origin;
    private final Set<String> seen = new HashSet<>();
    private ApiRequest next;
    private int pages;
    private Iterator<JsonNode> items = Collections.emptyIterator();

    /**
     * @param first the first page's request
     * @param json  reads one page
     */
    public PageIterator(ApiRequest first, Function<ApiRequest, JsonNode> json) {
        this.json = json;
        this.next = first;
        this.origin = origin(URI.create(first.url()));
        seen.add(first.url());
    }

    @Override
    public boolean hasNext() {
        while (!items.hasNext() && next != null) {
            ApiRequest current = next;
            JsonNode page = json.apply(current);
            pages++;
            JsonNode link = page.has("@odata.nextLink") ? page.get("@odata.nextLink") : page.get("odata.nextLink");
            next = link == null || link.isNull() ? null : new ApiRequest("GET", checked(current, link.asText()),
                    current.headers(), new byte[0], current.tokenMethod());
            items = page.path("value").elements();
        }
        return items.hasNext();
    }

    @Override
    public JsonNode next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return items.next();
    }

    private String checked(ApiRequest current, String link) {
        String where = current.method() + " " + Failures.origin(URI.create(current.url())) + URI.create(current.url()).getRawPath();
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            throw new ApiException(502, where + " answered page " + pages + " with a next page link that is not a URL;"
                    + " the listing stopped there; try again later");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || !origin.equals(origin(uri))) {
            throw new ApiException(502, where + " answered page " + pages + " with a next page link to another server ("
                    + (uri.getHost() == null ? "no host" : uri.getHost()) + "); it was not followed and the listing stopped there");
        }
        if (!seen.add(link)) {
            throw new ApiException(502, where + " answered page " + pages + " with a next page link it gave before;"
                    + " the server is looping, so the listing stopped there; try again later");
        }
        return link;
    }

    /** Scheme, host and port, the port spelled out, so that {@code https://x} and {@code https://X:443} are one origin. */
    private static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("http") ? 80 : 443;
        return scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + ":" + port;
    }
}
