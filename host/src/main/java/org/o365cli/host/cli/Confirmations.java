package org.o365cli.host.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.UsageException;

/** {@link CommandContext#confirm(boolean, String)}: asks on stderr, reads the answer from the terminal. */
final class Confirmations {

    private final Terminal terminal;
    private final PrintWriter err;

    Confirmations(Terminal terminal, PrintWriter err) {
        this.terminal = terminal;
        this.err = err;
    }

    boolean confirm(boolean force, String action) {
        return confirm(force, action, "--force");
    }

    /** The same, for a command whose option to go ahead without asking is {@code skipOption}. */
    boolean confirm(boolean skip, String action, String skipOption) {
        if (skip) {
            return true;
        }
        if (!terminal.interactive()) {
            throw new Refused("Refusing to " + action + " without a confirmation: stdin is not a terminal to ask it on;"
                    + " add " + skipOption + " to go ahead");
        }
        err.print("Are you sure you want to " + action + "? [y/N] ");
        err.flush();
        String answer = terminal.readLine();
        String word = answer == null ? "" : answer.trim().toLowerCase(Locale.ROOT);
        return word.equals("y") || word.equals("yes");
    }

    /** A destructive command that could not ask for a confirmation: a usage error, exit code 2. */
    // A usage error like any other (exit 2): the host has one rule for those, in ErrorReport.
    static final class Refused extends UsageException {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }
}
