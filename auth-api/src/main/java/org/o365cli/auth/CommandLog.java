package org.o365cli.auth;

/**
 * Messages for the user on stderr. The host redacts tokens and secrets from every message, but
 * a command should not pass them in the first place.
 */
public interface CommandLog {

    /** Progress the user always sees, e.g. the device code sign-in instructions. */
    void info(String message);

    /** What the command does, shown with {@code --verbose} or {@code --debug}. */
    void verbose(String message);

    /** Details for troubleshooting, shown with {@code --debug}. */
    void debug(String message);
}
