package org.o365cli.auth;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the host gives a command: tokens for its service, the HTTP stack, a log on stderr, a JSON
 * mapper and a cancellation signal. A command receives it through its constructor.
 */
public interface CommandContext {

    /** The service the command belongs to, e.g. {@code spo}. */
    String service();

    /** Tokens for this service's connection, limited to the resources the service declared. */
    Auth auth();

    /**
     * API calls through the host's HTTP stack, with tokens from {@link #auth()}: retries,
     * throttling, paging, tracing and error messages come from here, never from plugin code.
     */
    Http http();

    /** Progress and diagnostics, written to stderr (never stdout, which carries data only). */
    CommandLog log();

    /** The host's JSON mapper, configured once for every command. */
    ObjectMapper json();

    /** Set when the user pressed Ctrl-C; long-running commands check it between steps. */
    Cancellation cancellation();

    /**
     * Asks the user to confirm a destructive action (remove, delete, uninstall) before the command takes
     * it, so that nothing is ever destroyed by accident. Every destructive command takes {@link ForceOption}
     * ({@code --force}) and calls this before its first request that changes anything:
     * <ul>
     * <li>with {@code --force}, nothing is asked and the answer is yes;</li>
     * <li>when stdin is a terminal, it asks {@code Are you sure you want to <action>? [y/N]} on stderr and
     *     reads the answer from stdin: {@code y} or {@code yes} goes on, anything else does not;</li>
     * <li>when stdin is not a terminal (a script, a pipe, CI), it asks nothing and throws an
     *     {@link O365Exception} the host reports as a usage error (exit code 2) naming {@code --force}.</li>
     * </ul>
     *
     * @param force  whether the user gave {@code --force}, see {@link ForceOption#given()}
     * @param action what would be done, lower case, naming what would be destroyed, e.g.
     *               {@code remove the storage entity 'AnalyticsId' from the tenant}
     * @return true to go on; false when the user answered no, and the command then does nothing
     * @throws O365Exception when no one can be asked (stdin is not a terminal) and {@code force} is false
     */
    boolean confirm(boolean force, String action);
}
