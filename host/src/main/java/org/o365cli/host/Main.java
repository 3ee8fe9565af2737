package org.o365cli.host;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.o365cli.host.cli.CancellationFlag;
import org.o365cli.host.cli.O365Cli;
import org.o365cli.host.config.HostEnvironment;
import org.o365cli.host.output.Stdout;

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
        configurePluginManagerLogging(Arrays.asList(args).contains("--debug"));
        PrintWriter out = Stdout.writer(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CancellationFlag cancellation = new CancellationFlag();
        Runtime.getRuntime().addShutdownHook(new Thread(cancellation::cancel, "o365-cancel"));
        int code = new O365Cli(HostEnvironment.fromSystem(), out, err, cancellation).run(args);
        err.flush();
        System.exit(code);
    }

    // PF4J logs through SLF4J; its messages are for troubleshooting only, so they stay silent
    // unless --debug, and go to stderr. This must happen before the first logger is created.
    private static void configurePluginManagerLogging(boolean debug) {
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "off");
    }
}
