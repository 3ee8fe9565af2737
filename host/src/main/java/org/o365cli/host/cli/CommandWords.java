package org.o365cli.host.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words of a command line, read before picocli parses it: the arguments that are neither an option
 * nor the value of a global option that takes one ({@code -o json}, {@code --connection work}). What a
 * run builds ({@link TreeScope}) and prepares ({@link NetworkAhead}) is chosen from them.
 *
 * @param words     the words, in order (a command's own option values among them)
 * @param helpAsked whether the line asks for help or the version anywhere
 */
record CommandWords(List<String> words, boolean helpAsked) {

    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version", "help");

    CommandWords {
        words = List.copyOf(words);
    }

    static CommandWords of(String[] args) {
        List<String> words = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            help |= HELP.contains(arg);
            if (GlobalOptions.WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                words.add(arg);
            }
        }
        return new CommandWords(words, help);
    }

    /** The word at this position, or null when the line has fewer. */
    String word(int index) {
        return index < words.size() ? words.get(index) : null;
    }
}
