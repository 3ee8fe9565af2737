package org.o365cli.host.cli;

import java.util.concurrent.Callable;
import org.o365cli.host.config.HostEnvironment;
import picocli.CommandLine.Command;

/** {@code o365 version}: the host's version and where it runs, as data. */
@Command(name = "version", description = "Show the o365 version, the Java runtime and the folders in use.",
        footer = {"", "Example:", "  o365 version -o text"})
public final class VersionCommand implements Callable<VersionCommand.VersionInfo> {

    /**
     * @param version the host version
     * @param java    the Java runtime version
     * @param os      the operating system
     * @param install the distribution folder, or null
     * @param home    the user's state folder
     */
    public record VersionInfo(String version, String java, String os, String install, String home) {
    }

    private final HostEnvironment environment;

    VersionCommand(HostEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public VersionInfo call() {
        return new VersionInfo(environment.version(), Runtime.version().toString(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                environment.installDir().map(Object::toString).orElse(null), environment.home().toString());
    }
}
