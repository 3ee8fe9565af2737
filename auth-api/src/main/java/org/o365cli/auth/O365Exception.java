package org.o365cli.auth;

/**
 * A failure the user can act on. Its message is one line that says what failed, why and what
 * to do; the host prints it as {@code Error: <message>} and exits with code 1. A message never
 * holds a token or a secret.
 */
public class O365Exception extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message one line: what failed, why, what to do */
    public O365Exception(String message) {
        super(message);
    }

    /**
     * @param message one line: what failed, why, what to do
     * @param cause   the underlying failure, shown only with {@code --debug}
     */
    public O365Exception(String message, Throwable cause) {
        super(message, cause);
    }
}
