package org.o365cli.host.cli;

import java.util.List;
import java.util.Set;
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

    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("-o", "--output", "--query");
    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version", "help");

    private NetworkAhead() {
    }

    /**
     * @param args      the command line
     * @param isService whether a name is a loaded plugin service's
     * @return whether the command names a service and one of its commands (or is {@code request}) without asking for help
     */
    static boolean wanted(String[] args, Predicate<String> isService) {
        String first = null;
        int names = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (HELP.contains(arg)) {
                return false;
            }
            if (OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                first = first == null ? arg : first;
                names++;
            }
        }
        return "request".equals(first) || first != null && names >= 2 && isService.test(first);
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
