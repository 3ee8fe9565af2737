package org.o365cli.auth;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the host gives a command: tokens for its service, a log on stderr, a JSON mapper and a
 * cancellation signal. A command receives it through its constructor.
 */
public interface CommandContext {

    /** The service the command belongs to, e.g. {@code spo}. */
    String service();

    /** Tokens for this service's connection, limited to the resources the service declared. */
    Auth auth();

    /** Progress and diagnostics, written to stderr (never stdout, which carries data only). */
    CommandLog log();

    /** The host's JSON mapper, configured once for every command. */
    ObjectMapper json();

    /** Set when the user pressed Ctrl-C; long-running commands check it between steps. */
    Cancellation cancellation();
}
