package org.o365cli.host.resident;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * What a resident runtime was started for: the installation (its folder and every file of
 * {@code lib/}, by size and time), the Java, the JVM options and the locale and time zone, which
 * a JVM reads once at start. A client needs a runtime of the same key; a runtime whose
 * installation changed under it stops. Computed with {@code java.io.File} alone, as the client
 * does it on every command.
 *
 * @param text every input, for an exact comparison
 */
record RuntimeKey(String text) {

    private static final String[] START_VARIABLES = {"JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "TZ", "LANG", "LC_ALL",
        "LC_CTYPE", "LC_MESSAGES"};

    static RuntimeKey of(Path installDir, Map<String, String> env) {
        StringBuilder text = new StringBuilder();
        text.append(installDir).append('\n');
        text.append(System.getProperty("java.home")).append(' ').append(System.getProperty("java.vm.version")).append('\n');
        for (String name : START_VARIABLES) {
            text.append(name).append('=').append(env.getOrDefault(name, "")).append('\n');
        }
        File[] lib = installDir.resolve("lib").toFile().listFiles();
        if (lib != null) {
            Arrays.sort(lib);
            for (File file : lib) {
                text.append(file.getName()).append(' ').append(file.length()).append(' ').append(file.lastModified()).append('\n');
            }
        }
        return new RuntimeKey(text.toString());
    }

    /** A short name for the socket: 64-bit FNV-1a of the text, in hex. */
    String name() {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return Long.toHexString(hash);
    }

    /** The runtime's socket: {@code $O365_HOME/resident/<name>.sock}. */
    Path socket(Path home) {
        // concat, not +: the first string concatenation costs the client the start-up of method handles.
        return home.resolve("resident").resolve(name().concat(".sock"));
    }
}
