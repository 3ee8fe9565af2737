package org.o365cli.host.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the host runs: its version, its installation folder (holding {@code lib/} and
 * {@code plugins/}), the user's state folder ({@code $O365_HOME}) and the environment variables.
 * Tests build one by hand instead of changing the process's environment.
 *
 * @param version    the host version, e.g. {@code 0.1.0}
 * @param installDir the distribution's root, or empty when running outside a distribution
 * @param home       the user's state folder: {@code $O365_HOME}, default {@code ~/.o365}
 * @param variables  the environment variables
 */
public record HostEnvironment(String version, Optional<Path> installDir, Path home, Map<String, String> variables) {

    /** The system property the launcher sets to the distribution's root. */
    public static final String INSTALL_PROPERTY = "o365.install";

    /** The host jar's {@code Implementation-Title} (its Maven name): its manifest's version is the host's. */
    private static final String IMPLEMENTATION_TITLE = "o365 host";

    /** Copies the variables. */
    public HostEnvironment {
        variables = Map.copyOf(variables);
    }

    /** The environment of this process. */
    public static HostEnvironment fromSystem() {
        return of(System.getenv());
    }

    /**
     * This installation, with the given variables: those of the process a command came from.
     *
     * @param env the environment variables, {@code O365_HOME} absolute when set
     * @return the environment
     */
    public static HostEnvironment of(Map<String, String> env) {
        Optional<Path> install = Optional.ofNullable(System.getProperty(INSTALL_PROPERTY))
                .filter(p -> !p.isBlank()).map(Path::of);
        return new HostEnvironment(hostVersion(), install, homeFrom(env), env);
    }

    /**
     * @param env the environment variables
     * @return {@code $O365_HOME}, or {@code ~/.o365} when it is not set
     */
    public static Path homeFrom(Map<String, String> env) {
        String home = env.get("O365_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".o365");
    }

    /** The version Maven wrote into the host jar's manifest, or else into its resources, at build time. */
    public static String hostVersion() {
        // The manifest is at hand (read with the class, or kept by the class data cache): looking the resource up
        // instead opens every jar before the host's on the class path, tens of milliseconds of every run.
        Package own = HostEnvironment.class.getPackage();
        if (own != null && own.getImplementationVersion() != null && IMPLEMENTATION_TITLE.equals(own.getImplementationTitle())) {
            return own.getImplementationVersion();
        }
        try (InputStream in = HostEnvironment.class.getResourceAsStream("/org/o365cli/host/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "0.0.0");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder for plugins the user installs: {@code $O365_HOME/plugins}. */
    public Path userPluginsDir() {
        return home.resolve("plugins");
    }

    /** The distribution's own {@code plugins/} folder, when running from a distribution. */
    public Optional<Path> bundledPluginsDir() {
        return installDir.map(dir -> dir.resolve("plugins"));
    }
}
