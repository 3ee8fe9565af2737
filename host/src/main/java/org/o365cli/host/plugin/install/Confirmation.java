package org.o365cli.host.plugin.install;

/** Asks the user to confirm an install: the host's confirmation, with {@code --yes} to skip it. */
@FunctionalInterface
public interface Confirmation {

    /**
     * @param yes    {@code --yes} was given
     * @param action what to confirm, e.g. {@code install plugin 'hr' 1.0.0}
     * @return whether to go ahead
     * @throws org.o365cli.auth.UsageException when there is no terminal to ask on and no {@code --yes}
     */
    boolean confirm(boolean yes, String action);
}
