package org.o365cli.host.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * The terminal a person types into, when there is one: where destructive commands ask for
 * confirmation. Tests give the host one that types prepared answers, or none.
 */
public interface Terminal {

    /** No terminal: stdin is a file, a pipe or closed, as in scripts and CI. */
    Terminal NONE = new Terminal() {
        @Override
        public boolean interactive() {
            return false;
        }

        @Override
        public String readLine() {
            return null;
        }
    };

    /** Whether a person can be asked: stdin (and stdout) are a terminal. */
    boolean interactive();

    /** One line the person typed, or null at the end of input. */
    String readLine();

    /** The process's terminal: {@link System#console()}, present only when stdin and stdout are a terminal. */
    static Terminal system() {
        Console console = System.console();
        return console == null ? NONE : reading(console::readLine);
    }

    /**
     * A terminal on which the given lines are typed, one answer a line.
     *
     * @param typed what the person types, e.g. {@code "y\n"}
     * @return the terminal
     */
    static Terminal typing(String typed) {
        return reading(new BufferedReader(new StringReader(typed)));
    }

    /**
     * A terminal whose typed lines come from a reader: the stdin a resident runtime forwards.
     *
     * @param lines what the person types
     * @return the terminal
     */
    static Terminal reading(BufferedReader lines) {
        return reading(() -> {
            try {
                return lines.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Terminal reading(Supplier<String> lines) {
        return new Terminal() {
            @Override
            public boolean interactive() {
                return true;
            }

            @Override
            public String readLine() {
                return lines.get();
            }
        };
    }
}
