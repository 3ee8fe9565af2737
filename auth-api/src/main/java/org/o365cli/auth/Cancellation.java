package org.o365cli.auth;

/** Whether the user asked to stop (Ctrl-C). */
public interface Cancellation {

    /** True once the user asked to stop. */
    boolean isCancelled();

    /**
     * Throws when the user asked to stop; call between steps of a long operation.
     *
     * @throws O365Exception when cancelled
     */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new O365Exception("Cancelled by the user");
        }
    }
}
