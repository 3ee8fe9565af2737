package org.o365cli.host.plugin;

/** Turns whatever a broken plugin threw into one line a user can act on. */
public final class PluginErrors {

    private PluginErrors() {
    }

    /**
     * @param error what a plugin threw, possibly wrapped
     * @return one line naming the root cause
     */
    public static String oneLine(Throwable error) {
        // Wrappers (picocli's, reflection's) say little; the root cause says what the plugin did.
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (cause instanceof ClassNotFoundException || cause instanceof NoClassDefFoundError) {
            message = "class " + message + " not found";
        } else if (message == null || message.isBlank()) {
            message = cause.getClass().getSimpleName();
        } else if (!(cause instanceof org.pf4j.PluginRuntimeException) && !(cause instanceof org.o365cli.auth.O365Exception)) {
            message = cause.getClass().getSimpleName() + ": " + message;
        }
        return message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
