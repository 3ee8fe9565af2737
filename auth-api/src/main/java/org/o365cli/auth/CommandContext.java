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
}
