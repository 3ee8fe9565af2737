package org.o365cli.host.cli;

import java.util.List;
import java.util.function.Predicate;

/**
 * What a command that calls an API needs first, started on a daemon thread while this one builds the
 * command tree: the JSON mapping that reads the token store and the TLS context, whose trust store a
 * cold JVM takes long to parse. Only for a command of a plugin's service or {@code request}, and not
 * when help is asked for: {@code status}, {@code --help} and the like load none of it. The steps only
 * fill values that the command then finds made (each a memo that waits for a make in progress); one
 * that fails here is made again where it is used, and fails there as it would have.
 */
final class NetworkAhead {

    private NetworkAhead() {
    }

    /**
     * @param args      the command line
     * @param isService whether a name is a service's
     * @return whether the command names a service and one of its commands (or is {@code request}) without asking for help
     */
    static boolean wanted(String[] args, Predicate<String> isService) {
        CommandWords line = CommandWords.of(args);
        String first = line.word(0);
        return !line.helpAsked() && ("request".equals(first) || first != null && line.words().size() >= 2 && isService.test(first));
    }

    /** Runs the steps in order on a daemon thread, which never delays the JVM's exit. */
    static void start(List<Runnable> steps) {
        Thread thread = new Thread(() -> {
            for (Runnable step : steps) {
                try {
                    step.run();
                } catch (RuntimeException | LinkageError e) {
                    // Made again where it is used, failing there with the user's one-line error.
                }
            }
        }, "o365-network-ahead");
        thread.setDaemon(true);
        thread.start();
    }
}
