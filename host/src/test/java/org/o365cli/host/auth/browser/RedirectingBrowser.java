package org.o365cli.host.auth.browser;

import com.nimbusds.oauth2.sdk.util.URLUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A browser that "signs in" at once: it reads the authorization request and sends the redirect
 * an identity provider would, to the loopback redirect URI, with the JDK's HTTP client.
 */
final class RedirectingBrowser implements BrowserOpener {

    private final List<Function<Map<String, List<String>>, String>> answers;
    private URI opened;
    private final List<HttpResponse<String>> pages = new ArrayList<>();

    /**
     * @param answers the redirects' query strings, given the authorization request's parameters,
     *                sent in order (as a forger racing the real redirect would)
     */
    @SafeVarargs
    RedirectingBrowser(Function<Map<String, List<String>>, String>... answers) {
        this.answers = List.of(answers);
    }

    @Override
    public void open(URI url) {
        opened = url;
        Map<String, List<String>> params = URLUtils.parseParameters(url.getRawQuery());
        for (Function<Map<String, List<String>>, String> answer : answers) {
            URI redirect = URI.create(params.get("redirect_uri").get(0) + "/?" + answer.apply(params));
            try {
                pages.add(HttpClient.newHttpClient().send(HttpRequest.newBuilder(redirect).GET().build(),
                        HttpResponse.BodyHandlers.ofString()));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("The loopback redirect failed", e);
            }
        }
    }

    URI opened() {
        return opened;
    }

    /** The page the last redirect got. */
    HttpResponse<String> page() {
        return pages.get(pages.size() - 1);
    }

    /** The pages every redirect got, in order. */
    List<HttpResponse<String>> pages() {
        return List.copyOf(pages);
    }
}
