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

    // The JDK's trust manager reads its whole list of public CAs (cacerts) once per JVM, on the first
    // handshake, to tell whether the server's chain ends at one (this class's initialiser, JDK 17 to 25).
    private static final String PUBLIC_ANCHORS = "sun.security.util.AnchorCertificates";

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

    /**
     * Reads the JDK's list of public CAs now, on the calling thread, which the first handshake would
     * otherwise do while the command waits for its response. A JDK without that list loses nothing: its
     * handshake reads what it needs itself.
     */
    public static void readPublicAnchors() {
        try {
            Class.forName(PUBLIC_ANCHORS, true, null);
        } catch (ClassNotFoundException | LinkageError e) {
            // Another JDK: nothing to read ahead.
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
