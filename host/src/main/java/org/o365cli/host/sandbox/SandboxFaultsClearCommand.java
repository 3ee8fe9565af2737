package org.o365cli.host.sandbox;

import java.util.Map;
import java.util.concurrent.Callable;
import org.o365cli.sandbox.Sandbox;
import org.o365cli.sandbox.faults.Faults;
import picocli.CommandLine.Command;

/** {@code o365 sandbox faults clear}: no more injected failures or latency. */
@Command(name = "clear", description = "Stop injecting failures and latency.",
        footer = {"", "Examples:", "  o365 sandbox faults clear"})
public final class SandboxFaultsClearCommand implements Callable<Map<String, Object>> {

    private final Sandbox sandbox;

    SandboxFaultsClearCommand(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public Map<String, Object> call() {
        sandbox.faults(Faults.NONE);
        return SandboxStatusCommand.view(sandbox.status());
    }
}
