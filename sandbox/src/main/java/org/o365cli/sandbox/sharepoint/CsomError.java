package org.o365cli.sandbox.sharepoint;

/** A CSOM action that fails: what the answer's {@code ErrorInfo} reports. */
final class CsomError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long code;
    private final String type;

    CsomError(long code, String type, String message) {
        super(message);
        this.code = code;
        this.type = type;
    }

    long code() {
        return code;
    }

    String type() {
        return type;
    }
}
