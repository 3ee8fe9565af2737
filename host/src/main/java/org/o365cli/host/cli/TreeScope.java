package org.o365cli.host.cli;

import java.util.Set;

/**
 * Which services' commands to build for this run. Building a service's commands instantiates
 * every command class of its plugins, so a run builds only the service it invokes; completion
 * needs them all. Plugin diagnostics ({@code plugins …}) come from the command index, which was
 * made by building them all.
 *
 * @param all     build every service
 * @param service the one service to build, or null
 */
record TreeScope(boolean all, String service) {

    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("-o", "--output", "--query");

    static TreeScope forArgs(String[] args) {
        String first = null;
        String second = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                if (first == null) {
                    first = arg;
                } else {
                    second = arg;
                    break;
                }
            }
        }
        // setup --scopes all reads the permissions of every installed command, so it loads every plugin.
        return new TreeScope("cli".equals(first) && "completion".equals(second) || "setup".equals(first), first);
    }

    /** Every service. */
    static final TreeScope ALL = new TreeScope(true, null);

    boolean includes(String serviceName) {
        return all || serviceName.equals(service);
    }
}
