package org.o365cli.host.cli;

/**
 * Which services' commands to build for this run. Building a service's commands instantiates
 * every command class of its plugins, so a run builds only the service it invokes; completion
 * needs them all. Plugin diagnostics ({@code plugins …}) come from the command index, which was
 * made by building them all.
 *
 * @param all     build every service
 * @param service the one service to build, or null
 * @param command the word after the service's name, which names the one command of it to build in full
 *                ({@link CommandPick}), or null
 */
record TreeScope(boolean all, String service, String command) {

    static TreeScope forArgs(String[] args) {
        CommandWords line = CommandWords.of(args);
        String first = line.word(0);
        String second = line.word(1);
        // setup --scopes all reads the permissions of every installed command, so it loads every plugin.
        return new TreeScope("cli".equals(first) && "completion".equals(second) || "setup".equals(first), first, second);
    }

    /** Every service. */
    static final TreeScope ALL = new TreeScope(true, null, null);

    boolean includes(String serviceName) {
        return all || serviceName.equals(service);
    }
}
