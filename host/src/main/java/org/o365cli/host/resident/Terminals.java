package org.o365cli.host.resident;

/**
 * Which of the client's standard streams is a terminal: what the command would have found in a process
 * of its own.
 *
 * @param stdin  whether stdin is a terminal
 * @param stdout whether stdout is a terminal
 * @param stderr whether stderr is a terminal
 */
record Terminals(boolean stdin, boolean stdout, boolean stderr) {

    /** The property the launcher sets to three digits, 1 for a terminal: stdin, stdout, stderr ({@code 110}). */
    static final String PROPERTY = "o365.terminals";

    /**
     * The launcher's note ({@code test -t} of each stream), or, without a valid one, the console: present
     * when stdin and stdout are both a terminal, which says nothing about stderr.
     *
     * @param note           the property's value, or {@code null}
     * @param consolePresent whether {@code System.console()} is present
     * @return the streams' terminals
     */
    static Terminals of(String note, boolean consolePresent) {
        // Compared by hand: a regular expression or a lambda costs the client a good part of its start-up.
        if (note == null || note.length() != 3 || !note.replace('0', '1').equals("111")) {
            return new Terminals(consolePresent, consolePresent, consolePresent);
        }
        return new Terminals(note.charAt(0) == '1', note.charAt(1) == '1', note.charAt(2) == '1');
    }

    /** A person can be asked: stdin and stdout are a terminal, as {@code System.console()} has it in-process. */
    boolean interactive() {
        return stdin && stdout;
    }
}
