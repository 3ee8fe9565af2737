package org.o365cli.host.plugin;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.slf4j.simple.SimpleServiceProvider;

/**
 * How much the plugin framework (PF4J, through SLF4J) logs: nothing unless
 * {@code O365_PLUGIN_LOG_LEVEL} asks for {@code error}, {@code warn}, {@code info}, {@code debug} or
 * {@code trace}, on stderr. {@code --debug} is about o365's own requests, answers and decisions; the
 * framework's internals (class loaders, extension scans: some 80 lines a run) are for troubleshooting
 * plugin loading, so they have their own switch.
 */
public final class PluginLogging {

    /** The environment variable that sets the level. */
    public static final String VARIABLE = "O365_PLUGIN_LOG_LEVEL";

    private static final List<String> LEVELS = List.of("off", "error", "warn", "info", "debug", "trace");

    private PluginLogging() {
    }

    /**
     * Sets SLF4J simple's properties; must run before the first logger is made.
     *
     * @param environment the process environment
     * @param err         where a wrong value is reported
     */
    public static void configure(Map<String, String> environment, PrintWriter err) {
        String asked = environment.getOrDefault(VARIABLE, "off").strip().toLowerCase(Locale.ROOT);
        String level = LEVELS.contains(asked) ? asked : "off";
        if (!level.equals(asked)) {
            err.println("Warning: " + VARIABLE + " is not one of " + String.join(", ", LEVELS) + "; the plugin framework's"
                    + " log stays off");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
        // Named, rather than looked for among every jar of lib/ (SLF4J's ServiceLoader would open them all),
        // and without SLF4J's note that it was named.
        System.setProperty(LoggerFactory.PROVIDER_PROPERTY_KEY, SimpleServiceProvider.class.getName());
        System.setProperty("slf4j.internal.verbosity", "WARN");
    }

    /**
     * Starts the framework's logging; before the framework's first class, whose loggers would start it otherwise.
     * SLF4J simple looks for a {@code simplelogger.properties} through the thread's class loader: on the host's
     * class path, a miss that opens every jar of {@code lib/}. Its settings are the properties {@link #configure}
     * sets, so it looks where there is none.
     */
    static void start() {
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            LoggerFactory.getILoggerFactory();
        } finally {
            thread.setContextClassLoader(context);
        }
    }
}
