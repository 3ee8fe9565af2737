package org.o365cli.host;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.cli.CancellationFlag;
import org.o365cli.host.cli.O365Cli;
import org.o365cli.host.cli.VersionFlag;
import org.o365cli.host.config.HostEnvironment;
import org.o365cli.host.http.SelectorThreads;
import org.o365cli.host.output.Stdout;
import org.o365cli.host.plugin.PluginLogging;

/** The {@code o365} launcher's entry point. */
public final class Main {

    private Main() {
    }

    /**
     * Runs one command and exits with its code: 0 success, 1 failure, 2 usage error.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintWriter out = Stdout.writer(new FileOutputStream(FileDescriptor.out));
        if (VersionFlag.asked(args)) {
            // Before anything is set up (the environment, logging, a shutdown hook: the first lambdas of the
            // process), so that a cold `o365 --version` costs the JVM's start and little more.
            System.exit(printVersion(out));
        }
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        // o365's data goes through `out` alone; whatever else prints (a plugin while loading) lands on stderr.
        System.setOut(System.err);
        PluginLogging.configure(System.getenv(), err);
        // picocli looks for Groovy's Closure class on its first command, a miss that opens every jar of lib/.
        System.setProperty("picocli.disable.closures", "true");
        CancellationFlag cancellation = new CancellationFlag();
        Runtime.getRuntime().addShutdownHook(new Thread(cancellation::cancel, "o365-cancel"));
        int code = new O365Cli(HostEnvironment.fromSystem(), out, err, cancellation).run(args);
        err.flush();
        // Else the JVM's exit waits 0.3 s for the HTTP client's selector thread, which sits in native code.
        SelectorThreads.stopAll();
        System.exit(code);
    }

    private static int printVersion(PrintWriter out) {
        try {
            out.println(VersionFlag.text(HostEnvironment.hostVersion()));
            out.flush();
            return 0;
        } catch (Stdout.Closed e) {
            return 0;
        } catch (O365Exception e) {
            System.err.println("Error: " + e.getMessage());
            return 1;
        }
    }
}
