package org.o365cli.host.auth.browser;

import com.nimbusds.oauth2.sdk.util.URLUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A browser that "signs in" at once: it reads the authorization request and sends the redirect
 * an identity provider would, to the loopback redirect URI, with the JDK's HTTP client.
 */
final class RedirectingBrowser implements BrowserOpener {

    private final Function<Map<String, List<String>>, String> answer;
    private URI opened;
    private HttpResponse<String> page;

    /** @param answer the redirect's query string, given the authorization request's parameters */
    RedirectingBrowser(Function<Map<String, List<String>>, String> answer) {
        this.answer = answer;
    }

    @Override
    public void open(URI url) {
        opened = url;
        Map<String, List<String>> params = URLUtils.parseParameters(url.getRawQuery());
        URI redirect = URI.create(params.get("redirect_uri").get(0) + "/?" + answer.apply(params));
        try {
            page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(redirect).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("The loopback redirect failed", e);
        }
    }

    URI opened() {
        return opened;
    }

    HttpResponse<String> page() {
        return page;
    }
}
