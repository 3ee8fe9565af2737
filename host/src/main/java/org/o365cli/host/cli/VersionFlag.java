package org.o365cli.host.cli;

/**
 * {@code o365 --version} (or {@code -V}) alone on the line: answered from the host's version before anything
 * else is set up (no plugin, index, command tree or store), so that it costs little more than the JVM's start.
 */
public final class VersionFlag {

    private VersionFlag() {
    }

    /**
     * @param args the command line
     * @return whether it asks for the version and nothing else
     */
    public static boolean asked(String... args) {
        return args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]));
    }

    /**
     * @param version the host's version
     * @return the line printed, the same as the command tree's own {@code --version}
     */
    public static String text(String version) {
        return "o365 " + version;
    }
}
