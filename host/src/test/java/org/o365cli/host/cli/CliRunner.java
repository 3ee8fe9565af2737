package org.o365cli.host.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.o365cli.host.auth.identity.ManagedIdentityPlatform;
import org.o365cli.host.config.HostEnvironment;
import org.o365cli.host.output.Stdout;
import org.o365cli.host.plugin.BundledPlugins;
import org.o365cli.host.plugin.TestPluginJar;

/**
 * Runs {@code o365} in-process as a user would, with its own install folder and
 * {@code $O365_HOME}, and captures exit code, stdout and stderr.
 */
public final class CliRunner {

    private final Path installDir;
    private final Path home;
    private final String version;
    private final Map<String, String> variables = new java.util.HashMap<>();
    private final java.util.Set<String> shipped = new java.util.TreeSet<>();
    private String typed;
    private ManagedIdentityPlatform identity;

    /**
     * @param root a temporary folder; {@code install/plugins} and {@code home} are made under it
     */
    public CliRunner(Path root) {
        this(root, "0.1.0");
    }

    /**
     * @param root    a temporary folder
     * @param version the host version the plugins are checked against
     */
    public CliRunner(Path root, String version) {
        this.installDir = root.resolve("install");
        this.home = root.resolve("home");
        this.version = version;
    }

    /**
     * Adds environment variables to every run, e.g. the HTTPS proxy of a WireMock playing Azure AD.
     *
     * @param more the variables
     * @return this runner
     */
    public CliRunner withEnvironment(Map<String, String> more) {
        variables.putAll(more);
        return this;
    }

    /**
     * Runs the next commands as if stdin were a terminal on which these lines are typed (answers to
     * confirmations); by default stdin is not a terminal, as in a script.
     *
     * @param lines what the user types, e.g. {@code "y\n"}, or null for no terminal
     * @return this runner
     */
    public CliRunner withTerminal(String lines) {
        this.typed = lines;
        return this;
    }

    /**
     * Runs the next commands on a machine whose managed identity lives here rather than at Azure's
     * addresses: the metadata service of a loopback server, Arc key files in a temporary folder.
     *
     * @param platform the metadata service and Arc token folder
     * @return this runner
     */
    public CliRunner withManagedIdentityPlatform(ManagedIdentityPlatform platform) {
        this.identity = platform;
        return this;
    }

    /** The distribution's plugins folder. */
    public Path bundledPlugins() {
        return installDir.resolve("plugins");
    }

    /**
     * Places a plugin in the installation as the distribution places its own: in {@code plugins/}, listed
     * with its SHA-256 in {@code plugins/bundled.sha256}, so the command index is built in this process. A
     * plugin written to {@link #bundledPlugins()} directly is one dropped in: indexed by a separate process.
     *
     * @param plugin   the plugin
     * @param fileName its archive's name
     * @return the archive
     */
    public Path ship(TestPluginJar plugin, String fileName) {
        Path archive = plugin.writeTo(bundledPlugins(), fileName);
        shipped.add(fileName);
        try {
            BundledPlugins.write(bundledPlugins(), shipped);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return archive;
    }

    /** The user's plugins folder, {@code $O365_HOME/plugins}. */
    public Path userPlugins() {
        return home.resolve("plugins");
    }

    /** {@code $O365_HOME}. */
    public Path home() {
        return home;
    }

    /** Runs one command line. */
    public Result run(String... args) {
        StringWriter out = new StringWriter();
        Result result = run(new PrintWriter(out), args);
        return new Result(result.exitCode(), out.toString(), result.err());
    }

    /**
     * Runs one command line with stdout written to a stream, through the launcher's own writer
     * ({@link Stdout}), e.g. one that fails as a pipe closed by {@code head} does.
     *
     * @return the result; its stdout is empty, as it went to the stream
     */
    public Result run(OutputStream stdout, String... args) {
        return run(Stdout.writer(stdout), args);
    }

    /**
     * The same command line for a separate o365 process on this test's class path, as concurrent
     * runs, or a run killed midway, need; redirect its output before starting it.
     */
    public ProcessBuilder process(String... args) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath,
                "-Do365.install=" + installDir, "org.o365cli.host.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(variables);
        builder.environment().put("O365_HOME", home.toString());
        return builder;
    }

    private Result run(PrintWriter out, String... args) {
        StringWriter err = new StringWriter();
        Map<String, String> env = new java.util.HashMap<>(variables);
        env.put("O365_HOME", home.toString());
        HostEnvironment environment = new HostEnvironment(version, Optional.of(installDir), home, env);
        Terminal terminal = typed == null ? Terminal.NONE : Terminal.typing(typed);
        int code = (identity == null ? new O365Cli(environment, out, new PrintWriter(err), new CancellationFlag(), terminal)
                : new O365Cli(environment, out, new PrintWriter(err), new CancellationFlag(), terminal, java.nio.file.Path.of(""), identity)).run(args);
        return new Result(code, "", err.toString());
    }

    /**
     * What a run printed.
     *
     * @param exitCode the exit code
     * @param out      stdout
     * @param err      stderr
     */
    public record Result(int exitCode, String out, String err) {

        /** stdout parsed as JSON. */
        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("stdout is not JSON: " + out, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
