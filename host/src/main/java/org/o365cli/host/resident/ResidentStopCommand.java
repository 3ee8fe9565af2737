package org.o365cli.host.resident;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.o365cli.auth.DefaultColumns;
import picocli.CommandLine.Command;

/** {@code o365 cli resident stop}. */
@Command(name = "stop", description = "Stop the resident runtimes of this O365_HOME once the commands they run have ended.",
        footer = {"", "The next command (unless O365_RESIDENT=off) starts a fresh one.", "", "Examples:", "  o365 cli resident stop"})
@DefaultColumns({"pid", "state"})
public final class ResidentStopCommand implements Callable<List<RuntimeState>> {

    private final Path home;

    /** @param home the user's state folder */
    public ResidentStopCommand(Path home) {
        this.home = home;
    }

    @Override
    public List<RuntimeState> call() {
        return new Runtimes(home).stop();
    }
}
