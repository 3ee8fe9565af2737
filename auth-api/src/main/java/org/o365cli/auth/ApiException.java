package org.o365cli.auth;

/**
 * An API answered with an error. The message is the API's own error text on one line, with its
 * error code and request id when it gave them.
 */
public class ApiException extends O365Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * @param status  the HTTP status code
     * @param message one line: what the API said
     */
    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }
}
