package org.o365cli.host.resident;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.o365cli.auth.DefaultColumns;
import picocli.CommandLine.Command;

/** {@code o365 cli resident status}. */
@Command(name = "status", description = "List the resident runtimes of this O365_HOME, one per installation and Java.",
        footer = {"", "Examples:", "  o365 cli resident status -o text"})
@DefaultColumns({"pid", "state", "started", "commandsServed", "activeCommands"})
public final class ResidentStatusCommand implements Callable<List<RuntimeState>> {

    private final Path home;

    /** @param home the user's state folder */
    public ResidentStatusCommand(Path home) {
        this.home = home;
    }

    @Override
    public List<RuntimeState> call() {
        return new Runtimes(home).status();
    }
}
