package org.o365cli.host.http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.o365cli.auth.AccessToken;
import org.o365cli.auth.Resource;

/**
 * Redirects the stack follows itself (the JDK client never follows any): those of GET and HEAD
 * requests, to http(s) URLs. On a hop to another origin the request loses its {@code Authorization}
 * and {@code Cookie} headers; a token is put back only where {@link TokenOrigin} allows it.
 */
final class Redirects {

    static final int MAX = 5;

    private static final Set<Integer> STATUSES = Set.of(301, 302, 303, 307, 308);

    private Redirects() {
    }

    /** Where a response sends its GET or HEAD request next, if anywhere. */
    static Optional<URI> target(HttpResponse<byte[]> response) {
        String method = response.request().method().toUpperCase(Locale.ROOT);
        if (!STATUSES.contains(response.statusCode()) || !(method.equals("GET") || method.equals("HEAD"))) {
            return Optional.empty();
        }
        return response.headers().firstValue("Location").flatMap(location -> {
            try {
                URI next = response.request().uri().resolve(location.trim());
                String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
                return scheme.equals("https") || scheme.equals("http") ? Optional.of(next) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** The request for the next hop. */
    static HttpRequest follow(HttpRequest current, URI next, Optional<AccessToken> token) {
        boolean sameOrigin = Resource.fromUrl(current.uri().toString()).equals(Resource.fromUrl(next.toString()));
        HttpRequest.Builder builder = HttpRequest.newBuilder(current,
                (name, value) -> sameOrigin || !(name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("Cookie")))
                .uri(next);
        token.ifPresent(t -> {
            if (TokenOrigin.allows(next, t)) {
                builder.setHeader("Authorization", t.authorizationHeader());
            }
        });
        return builder.build();
    }
}
