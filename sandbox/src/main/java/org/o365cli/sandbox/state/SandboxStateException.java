package org.o365cli.sandbox.state;

/** The sandbox's state is missing, unreadable or can't be written; the message says what to do. */
public final class SandboxStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message one line: what failed and what to do */
    public SandboxStateException(String message) {
        super(message);
    }
}
