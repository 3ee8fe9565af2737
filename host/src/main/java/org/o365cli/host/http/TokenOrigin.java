package org.o365cli.host.http;

import java.net.URI;
import java.util.Optional;
import org.o365cli.auth.AccessToken;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;

/**
 * Where a bearer token may go: only to the origin (scheme, host, port) of the resource it was
 * issued for, and only over https, plain http being allowed for loopback hosts alone.
 */
final class TokenOrigin {

    private TokenOrigin() {
    }

    /** Throws when the token may not be sent to this URI. */
    static void check(URI target, AccessToken token) {
        Optional<String> refusal = refusal(target, token);
        if (refusal.isPresent()) {
            throw new O365Exception(refusal.get());
        }
    }

    /** Whether the token may be sent to this URI. */
    static boolean allows(URI target, AccessToken token) {
        return refusal(target, token).isEmpty();
    }

    private static Optional<String> refusal(URI target, AccessToken token) {
        Resource origin;
        try {
            origin = Resource.fromUrl(target.toString());
        } catch (IllegalArgumentException e) {
            return Optional.of("Refusing to send a token for " + token.resource() + " to a URL that is not absolute http(s)");
        }
        if (!origin.equals(token.resource())) {
            return Optional.of("Refusing to send a token for " + token.resource() + " to " + origin
                    + "; a token goes only to the resource it was issued for");
        }
        if (origin.uri().startsWith("http:") && !NoProxy.isLoopback(origin.host())) {
            return Optional.of("Refusing to send a token to " + origin + " over plain http; use https");
        }
        return Optional.empty();
    }
}
