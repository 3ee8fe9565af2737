package org.o365cli.host.plugin.trust;

/**
 * Where a plugin came from, as {@code plugins list} shows it.
 *
 * @param source what {@code plugins install} was given, or {@code distribution}, {@code copied}, {@code classpath}
 * @param sha256 the SHA-256 recorded at install, or empty
 */
public record PluginOrigin(String source, String sha256) {

    /** A plugin on the host's class path. */
    public static final PluginOrigin CLASSPATH = new PluginOrigin("classpath", "");
}
