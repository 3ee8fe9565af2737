package org.o365cli.host.resident;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * What a resident runtime was started for: the installation (its folder and every file of
 * {@code lib/}, by size and time), the Java (its home and its {@code lib/modules}, by size and time),
 * the JVM options and the locale and time zone, which a JVM reads once at start. A client needs a
 * runtime of the same key; a runtime whose installation changed under it stops. Computed with
 * {@code java.io.File} alone, as the client does it on every command.
 *
 * <p>The native client (distribution/src/main/c/o365-client.c) computes the same text from the same
 * files, so everything here must be readable without a JVM: the home is the real path of the launcher's
 * {@code java} minus {@code /bin/java}, as canonical as the JVM's {@code java.home}; lib/ is sorted by
 * name; times are milliseconds; the name hashes the UTF-8 bytes. Change both together: a difference
 * only ever makes the native client fall back to the JVM one, which is slower, never wrong.
 *
 * @param text every input, for an exact comparison
 */
record RuntimeKey(String text) {

    private static final String[] START_VARIABLES = {"JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "TZ", "LANG", "LC_ALL",
        "LC_CTYPE", "LC_MESSAGES"};

    static RuntimeKey of(Path installDir, Map<String, String> env) {
        StringBuilder text = new StringBuilder();
        text.append(installDir).append('\n');
        String javaHome = System.getProperty("java.home");
        File modules = new File(new File(javaHome, "lib"), "modules");
        text.append(javaHome).append(' ').append(modules.length()).append(' ').append(modules.lastModified()).append('\n');
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

    /** A short name for the socket: 64-bit FNV-1a of the text's UTF-8 bytes, in hex. */
    String name() {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
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
