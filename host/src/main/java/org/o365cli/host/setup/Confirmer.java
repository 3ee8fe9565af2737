package org.o365cli.host.setup;

/** Asks the user on the terminal before setup writes, as destructive commands do. */
public interface Confirmer {

    /**
     * Fails before any work when setup will have to ask and can't.
     *
     * @param yes whether {@code --yes} skips the question
     * @throws org.o365cli.auth.UsageException when stdin is not a terminal and {@code --yes} is absent
     */
    void requireWayToAsk(boolean yes);

    /**
     * @param yes    whether {@code --yes} skips the question
     * @param action what would be done, e.g. {@code make 5 changes in tenant …}
     * @return whether the user agreed
     */
    boolean confirm(boolean yes, String action);
}
