package org.o365cli.host.cli;

import java.io.PrintWriter;
import org.o365cli.auth.CommandLog;

/** A command's log: stderr, with verbose and debug lines shown only when asked for. */
final class StderrLog implements CommandLog {

    private final PrintWriter err;
    private final GlobalOptions global;

    StderrLog(PrintWriter err, GlobalOptions global) {
        this.err = err;
        this.global = global;
    }

    @Override
    public void info(String message) {
        err.println(message);
        err.flush();
    }

    @Override
    public void verbose(String message) {
        if (global.verbose()) {
            info(message);
        }
    }

    @Override
    public void debug(String message) {
        if (global.debug()) {
            info(message);
        }
    }
}
