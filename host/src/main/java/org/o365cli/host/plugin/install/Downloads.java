package org.o365cli.host.plugin.install;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.UsageException;
import org.o365cli.host.http.HttpStack;
import org.o365cli.host.http.NoProxy;
import org.o365cli.host.http.ServerText;

/**
 * Fetches plugin archives and their checksums through the host's HTTP stack, so proxies, the
 * trusted CAs, the body limit and the per-request deadline apply as to every other request.
 * Only https, or plain http to this machine (a repository on loopback).
 */
final class Downloads {

    private final Supplier<HttpStack> http;

    Downloads(Supplier<HttpStack> http) {
        this.http = http;
    }

    /**
     * @param url the file
     * @return its bytes
     * @throws O365Exception on any status but 200
     */
    byte[] get(URI url) {
        return fetch(url).orElseThrow(() -> new O365Exception("Cannot download " + url + ": it does not exist (HTTP 404);"
                + " check the URL or coordinates"));
    }

    /**
     * @param url the file
     * @return its bytes, or empty when the server answers 404
     * @throws O365Exception on any other status but 200
     */
    Optional<byte[]> fetch(URI url) {
        checkScheme(url);
        HttpResponse<byte[]> response = http.get().send(HttpRequest.newBuilder(url).GET().build());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            String body = ServerText.line(new String(response.body(), StandardCharsets.UTF_8), 200);
            throw new O365Exception("Cannot download " + url + ": HTTP " + response.statusCode()
                    + (body.isBlank() ? "" : " (" + body + ")") + "; try again later or check the URL");
        }
        return Optional.of(response.body());
    }

    static void checkScheme(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (url.getHost() == null || !(scheme.equals("https") || scheme.equals("http") && NoProxy.isLoopback(url.getHost()))) {
            throw new UsageException("'" + url + "' is not an https URL; plugins are downloaded over https only"
                    + " (plain http only from this machine)");
        }
    }
}
