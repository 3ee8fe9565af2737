package org.o365cli.host.plugin;

import java.util.List;

/**
 * The packages the host provides to every plugin. They always load from the host, so that a
 * plugin's {@code ServicePlugin} is the very interface the host knows; a plugin that ships its
 * own copy of any of them is refused.
 */
final class HostPackages {

    /**
     * Class-name prefixes, as in {@code org.o365cli.auth.Auth}. Of Jackson, only what the host ships
     * (databind and the core and annotations it needs): a pack may bring its own Jackson modules,
     * such as {@code jackson-dataformat-yaml}, built against the host's version.
     */
    static final List<String> CLASS_PREFIXES = List.of("org.o365cli.auth.", "picocli.", "org.pf4j.",
            "com.fasterxml.jackson.databind.", "com.fasterxml.jackson.core.", "com.fasterxml.jackson.annotation.");

    private HostPackages() {
    }

    /** Whether a class name lies in a host-provided package. */
    static boolean isHostProvided(String className) {
        return CLASS_PREFIXES.stream().anyMatch(className::startsWith);
    }

    /** The host-provided package an archive entry such as {@code picocli/CommandLine.class} lies in, or null. */
    static String packageOfEntry(String entryName) {
        if (!entryName.endsWith(".class")) {
            return null;
        }
        String className = entryName.replace('/', '.');
        return CLASS_PREFIXES.stream().filter(className::startsWith)
                .map(prefix -> prefix.substring(0, prefix.length() - 1)).findFirst().orElse(null);
    }
}
