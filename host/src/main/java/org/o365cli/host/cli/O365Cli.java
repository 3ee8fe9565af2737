package org.o365cli.host.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.o365cli.host.auth.identity.ManagedIdentityPlatform;
import org.o365cli.host.config.ConfigKey;
import java.util.Optional;
import org.o365cli.host.config.ConfigStore;
import org.o365cli.host.config.HostEnvironment;
import org.o365cli.host.config.JsonMapper;
import org.o365cli.host.config.Settings;
import org.o365cli.host.http.Redactor;
import org.o365cli.host.store.ConnectionStore;
import org.o365cli.host.store.LockWait;
import org.o365cli.host.store.PrivateHome;
import org.o365cli.host.output.OutputWriter;
import org.o365cli.host.output.Stdout;
import org.o365cli.host.plugin.BundledPlugins;
import org.o365cli.host.plugin.CommandIndex;
import org.o365cli.host.plugin.CommandIndexFile;
import org.o365cli.host.plugin.InstallFingerprint;
import org.o365cli.host.plugin.IndexProcess;
import org.o365cli.host.plugin.LoadProgress;
import org.o365cli.host.plugin.PluginCatalog;
import org.o365cli.host.plugin.trust.LoadGate;
import picocli.CommandLine;

/**
 * One run of {@code o365}: loads the plugins the command needs (all of them, and records them in
 * the command index, when the installation is new or changed), builds the command tree, runs the
 * command and returns its exit code. Output goes to the given writers, so tests run it in-process exactly as
 * a user would, without touching {@code System.out}.
 */
public final class O365Cli {

    private final HostEnvironment environment;
    private final PrintWriter out;
    private final PrintWriter err;
    private final CancellationFlag cancellation;
    private final Terminal terminal;
    private final ManagedIdentityPlatform identity;
    private final Path workingDir;
    private final JsonMapper json = new JsonMapper();

    /**
     * @param environment  where the host runs
     * @param out          stdout: data only
     * @param err          stderr: errors, warnings, progress
     * @param cancellation set when the user presses Ctrl-C
     */
    public O365Cli(HostEnvironment environment, PrintWriter out, PrintWriter err, CancellationFlag cancellation) {
        this(environment, out, err, cancellation, Terminal.system());
    }

    /**
     * @param environment  where the host runs
     * @param out          stdout: data only
     * @param err          stderr: errors, warnings, progress
     * @param cancellation set when the user presses Ctrl-C
     * @param terminal     where destructive commands ask for confirmation
     */
    public O365Cli(HostEnvironment environment, PrintWriter out, PrintWriter err, CancellationFlag cancellation, Terminal terminal) {
        this(environment, out, err, cancellation, terminal, Path.of(""));
    }

    /**
     * @param environment  where the host runs
     * @param out          stdout: data only
     * @param err          stderr: errors, warnings, progress
     * @param cancellation set when the user presses Ctrl-C
     * @param terminal     where destructive commands ask for confirmation
     * @param workingDir   what relative file options are relative to: the user's working directory, which is
     *                     not this JVM's in a resident runtime
     */
    public O365Cli(HostEnvironment environment, PrintWriter out, PrintWriter err, CancellationFlag cancellation, Terminal terminal,
                   Path workingDir) {
        this(environment, out, err, cancellation, terminal, workingDir,
                ManagedIdentityPlatform.of(System.getProperty("os.name"), environment.variables()));
    }

    /**
     * @param environment  where the host runs
     * @param out          stdout: data only
     * @param err          stderr: errors, warnings, progress
     * @param cancellation set when the user presses Ctrl-C
     * @param terminal     where destructive commands ask for confirmation
     * @param workingDir   what relative file options are relative to
     * @param identity     where managed identity sign-in finds this machine's metadata service and Arc key files
     */
    public O365Cli(HostEnvironment environment, PrintWriter out, PrintWriter err, CancellationFlag cancellation, Terminal terminal,
                   Path workingDir, ManagedIdentityPlatform identity) {
        this.workingDir = workingDir;
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.cancellation = cancellation;
        this.terminal = terminal;
        this.identity = identity;
    }

    /**
     * @param args the command line
     * @return 0 success, 1 failure, 2 usage error
     */
    public int run(String... args) {
        try {
            return execute(args);
        } catch (Stdout.Closed e) {
            return 0;
        } catch (OutOfMemoryError e) {
            // Never a stack trace: say what to do instead.
            err.println("Error: o365 ran out of memory (" + e.getMessage() + "); lower O365_HTTP_MAX_BODY_MIB, or give Java more"
                    + " memory with JAVA_OPTS=-Xmx1g");
            err.flush();
            return 1;
        } catch (RuntimeException e) {
            // Whatever fails before picocli takes over (a plugin folder that cannot be read…) is still one line.
            err.println("Error: " + (e.getMessage() == null ? e.toString() : e.getMessage().replaceAll("\\s*\\R\\s*", " ")));
            err.flush();
            return 1;
        }
    }

    private int execute(String... args) {
        if (VersionFlag.asked(args)) {
            // The version is the host's alone: no plugin, no index, no command tree, so it answers at once
            // even on the first run after an installation changed (the launcher's Main answers it sooner still).
            out.println(VersionFlag.text(environment.version()));
            out.flush();
            return 0;
        }
        GlobalOptions global = new GlobalOptions();
        Redactor redactor = new Redactor();
        TreeScope scope = TreeScope.forArgs(args);
        PrivateHome.repair(environment.home(), err::println);
        CommandIndexFile indexFile = new CommandIndexFile(environment.home());
        String fingerprint = InstallFingerprint.of(environment);
        // Completion needs every plugin's commands, so it loads them all and refreshes the index on the way.
        Optional<CommandIndex> index = scope.all() ? Optional.empty() : indexFile.read(fingerprint);
        if (index.isEmpty() && !scope.all() && !BundledPlugins.onlyShipped(environment)) {
            // Another process runs the loading code of plugins the installation did not ship (a user's, a changed
            // one), so that none runs here but for the command invoked. Shipped ones are indexed here, saving a JVM.
            index = new IndexProcess(environment, err).build(indexFile);
        }
        ConfigStore config = new ConfigStore(environment.home(), json);
        Settings settings = new Settings(config, environment.variables());
        ConnectionStore connections = new ConnectionStore(environment.home(), json, new LockWait(() -> lockWait(settings),
                message -> {
                    if (global.verbose()) {
                        err.println(message);
                        err.flush();
                    }
                }));
        AuthWiring wiring = new AuthWiring(environment, settings, connections, global, err, cancellation, redactor, identity);
        // Before the plugins load, from the services the index names: the first run after a change goes without.
        index.ifPresent(known -> wiring.prepareAhead(args, known::hasService));
        LoadGate gate = LoadGate.of(environment, json);
        LoadProgress progress = LoadProgress.of(environment.variables());
        PluginCatalog catalog = index.map(i -> PluginCatalog.load(environment, i, scope.service(), gate))
                .orElseGet(() -> PluginCatalog.load(environment, gate, progress));
        HostServices host = new HostServices(environment, catalog, config, settings, connections, wiring,
                wiring.authentication(), json, global, err, cancellation, redactor, terminal);
        // Without an index every service is built once, so a plugin whose commands cannot be built is
        // known to the index as failed, and later runs need not build the others to find out.
        CommandLine cli = new CommandTreeBuilder(host).build(index.isPresent() ? scope : TreeScope.ALL);
        if (index.isEmpty()) {
            saveIndex(indexFile, catalog, fingerprint);
            progress.entering(LoadProgress.DONE);
        }
        catalog.warnings().forEach(err::println);
        ErrorReport errors = new ErrorReport(err, global, redactor);
        WorkingDirConverters.register(cli, workingDir);
        cli.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionStrategy(new ResultExecution(global, config, () -> new OutputWriter(json.get()), out))
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
        int code = cli.execute(args);
        try {
            out.flush();
        } catch (Stdout.Closed e) {
            // The reader is gone; the exit code stands.
        }
        err.flush();
        return code;
    }

    /** Longer than a holder may take: one token request's deadline, and some. */
    private static Duration lockWait(Settings settings) {
        return Duration.ofSeconds(settings.value(ConfigKey.LOCK_WAIT).map(Integer::parseInt).orElseGet(
                () -> settings.value(ConfigKey.HTTP_DEADLINE).map(Integer::parseInt).orElse(120) + 60));
    }

    private void saveIndex(CommandIndexFile file, PluginCatalog catalog, String fingerprintBefore) {
        // Loading expands zipped plugins into folders; an installation that changed while loading
        // (a plugin dropped in meanwhile) is not saved, so the next run loads everything again.
        String fingerprint = InstallFingerprint.of(environment);
        if (!fingerprint.equals(fingerprintBefore)) {
            return;
        }
        try {
            file.write(catalog.index(fingerprint));
        } catch (IOException e) {
            // A read-only home only costs speed: every run then loads every plugin, as without an index.
        }
    }
}
