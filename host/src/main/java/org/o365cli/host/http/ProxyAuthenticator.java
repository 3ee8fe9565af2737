package org.o365cli.host.http;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Answers a proxy's {@code 407} challenge with the user and password of its proxy URL
 * ({@code http://user:password@host:port}). It never answers a server's challenge.
 * <p>
 * The JDK refuses {@code Basic} authentication for https tunnels unless the JVM runs with
 * {@code -Djdk.http.auth.tunneling.disabledSchemes=} (e.g. through {@code JAVA_TOOL_OPTIONS});
 * the host does not change that JVM-wide setting on the user's behalf.
 */
final class ProxyAuthenticator extends Authenticator {

    private final HttpSettings settings;

    ProxyAuthenticator(HttpSettings settings) {
        this.settings = settings;
    }

    /** An authenticator when a proxy URL carries credentials. */
    static Optional<Authenticator> of(HttpSettings settings) {
        boolean any = proxies(settings).anyMatch(p -> p.user().isPresent());
        return any ? Optional.of(new ProxyAuthenticator(settings)) : Optional.empty();
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
        if (getRequestorType() != RequestorType.PROXY) {
            return null;
        }
        return proxies(settings)
                .filter(p -> p.user().isPresent() && p.port() == getRequestingPort() && p.host().equalsIgnoreCase(getRequestingHost()))
                .findFirst()
                .map(p -> new PasswordAuthentication(p.user().get(), p.password().orElse("").toCharArray()))
                .orElse(null);
    }

    private static Stream<ProxyAddress> proxies(HttpSettings settings) {
        return Stream.of(settings.httpsProxy(), settings.httpProxy()).flatMap(Optional::stream);
    }
}
