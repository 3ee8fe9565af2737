package org.o365cli.host.cli;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Which of a service's commands a run builds. picocli reads every field and method of a command it is
 * given, which costs a cold run milliseconds per command; a run needs only the command its line names
 * ({@code graph user …} needs {@code user}), so the others are added as their name and description alone.
 * When the word names none of them (a typo, help), all are built, so that picocli's errors and
 * suggestions are the usual ones.
 */
final class CommandPick {

    private static final CommandPick ALL = new CommandPick(null);

    private final String word;

    private CommandPick(String word) {
        this.word = word;
    }

    /**
     * @param word       the word after the service's name, or null
     * @param candidates the classes of all the service's commands, its own and contributed
     */
    static CommandPick of(String word, List<Class<?>> candidates) {
        return word != null && candidates.stream().anyMatch(type -> named(type, word)) ? new CommandPick(word) : ALL;
    }

    /** Whether to build this command in full. */
    boolean builds(Class<?> type) {
        return word == null || type.getAnnotation(Command.class) == null || named(type, word);
    }

    /** A command of this type as its name and description only, for a run that does not invoke it. */
    static CommandLine nameOnly(Class<?> type) {
        Command annotation = type.getAnnotation(Command.class);
        return nameOnly(annotation.name(), annotation.description());
    }

    /** A command of this name and description, with no code behind it. */
    static CommandLine nameOnly(String name, String... description) {
        CommandSpec spec = CommandSpec.create().name(name);
        spec.usageMessage().description(description);
        return new CommandLine(spec);
    }

    private static boolean named(Class<?> type, String word) {
        Command annotation = type.getAnnotation(Command.class);
        return annotation != null && (word.equals(annotation.name()) || Arrays.asList(annotation.aliases()).contains(word));
    }
}
