package org.o365cli.host.http;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts a certificate chain that either of two trust managers trusts: the one of {@code O365_CA_FILE}'s
 * certificates, asked first, then the JDK's. A PKIX path ends at one trust anchor, so this accepts exactly
 * what one manager over both sets of anchors would; but the JDK's set, whose parsing is a good part of a
 * cold command's time, is loaded only when a server's chain does not end at one of the file's certificates
 * (behind a TLS-inspecting proxy, every chain does). Both apply the same checks: host name, algorithm
 * constraints, the JDK's distrust policies.
 */
final class EitherTrustManager extends X509ExtendedTrustManager {

    /** Makes the JDK's trust manager; called at most once. */
    interface Loader {
        X509ExtendedTrustManager load() throws GeneralSecurityException;
    }

    /** One manager's check of a chain. */
    private interface Check {
        void run(X509ExtendedTrustManager manager) throws CertificateException;
    }

    private final X509ExtendedTrustManager first;
    private final Loader loader;
    private X509ExtendedTrustManager second;

    /**
     * @param first  asked first: the manager of the extra certificates
     * @param loader makes the manager asked when the first refuses a chain
     */
    EitherTrustManager(X509ExtendedTrustManager first, Loader loader) {
        this.first = first;
        this.loader = loader;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        either(manager -> manager.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        either(manager -> manager.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        either(manager -> manager.checkServerTrusted(chain, authType));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        either(manager -> manager.checkClientTrusted(chain, authType, engine));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        either(manager -> manager.checkClientTrusted(chain, authType, socket));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        either(manager -> manager.checkClientTrusted(chain, authType));
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        try {
            return Stream.concat(Arrays.stream(first.getAcceptedIssuers()), Arrays.stream(second().getAcceptedIssuers()))
                    .toArray(X509Certificate[]::new);
        } catch (CertificateException e) {
            return first.getAcceptedIssuers();
        }
    }

    private void either(Check check) throws CertificateException {
        try {
            check.run(first);
        } catch (CertificateException refusedByFirst) {
            try {
                check.run(second());
            } catch (CertificateException refusedBySecond) {
                // When the first found a path to one of its anchors, what failed after (another host's name, an
                // expired certificate) is the reason to report, as one manager over both sets would have.
                throw foundPath(refusedByFirst) ? refusedByFirst : refusedBySecond;
            }
        }
    }

    private static boolean foundPath(Throwable refusal) {
        for (Throwable t = refusal; t != null; t = t.getCause()) {
            if (t instanceof CertPathBuilderException) {
                return false;
            }
        }
        return true;
    }

    private synchronized X509ExtendedTrustManager second() throws CertificateException {
        if (second == null) {
            try {
                second = loader.load();
            } catch (GeneralSecurityException e) {
                throw new CertificateException("the JDK's trusted certificates could not be loaded: " + e.getMessage(), e);
            }
        }
        return second;
    }
}
