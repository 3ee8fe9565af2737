package org.o365cli.host.http;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * The TLS context of the HTTP stack, which a run can start making on another thread before the
 * stack exists: the JDK's trust store takes a cold JVM a fifth of a command's time to parse, and the
 * host builds its command tree meanwhile. It is made for the {@code O365_CA_FILE} of the environment;
 * the stack takes it only when its own settings name the same file, and otherwise, or when preparing
 * it failed, makes its own as it always did, so every error surfaces where and as it did.
 */
public final class TlsSetup {

    private final Map<String, String> variables;
    private Prepared prepared;
    private boolean used;

    private record Prepared(Optional<Path> caFile, SSLContext context) {
    }

    /** @param variables the environment, whose {@code O365_CA_FILE} the context is made for */
    public TlsSetup(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /** Nothing prepared: the stack makes its context when it is made. */
    public static TlsSetup onUse() {
        return new TlsSetup(Map.of());
    }

    /**
     * Makes the context now, on the calling thread, unless the stack already took one. A failure is
     * dropped: the stack then makes its context itself and reports the failure there.
     */
    public synchronized void prepare() {
        if (prepared != null || used) {
            return;
        }
        try {
            Optional<Path> caFile = HttpSettings.fromEnvironment(variables).caFile();
            prepared = new Prepared(caFile, TrustedCertificates.sslContext(caFile));
        } catch (RuntimeException e) {
            used = true;
        }
    }

    /** The context for a stack trusting this CA file: the prepared one (waiting for it), else one made now. */
    synchronized SSLContext contextFor(Optional<Path> caFile) {
        used = true;
        if (prepared != null && prepared.caFile().equals(caFile)) {
            return prepared.context();
        }
        return TrustedCertificates.sslContext(caFile);
    }
}
