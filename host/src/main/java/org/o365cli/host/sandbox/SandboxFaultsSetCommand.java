package org.o365cli.host.sandbox;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.o365cli.sandbox.Sandbox;
import org.o365cli.sandbox.faults.Faults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code o365 sandbox faults set}: a share of API calls fails with the given statuses. */
@Command(name = "set", description = "Fail a share of the sandbox's API calls; throttling answers (429, 503) carry Retry-After.",
        footer = {"", "Examples:", "  o365 sandbox faults set --failureRate 30",
                "  o365 sandbox faults set --failureRate 100 --errors 503 --retryAfter 2",
                "  o365 sandbox faults set --failureRate 0 --latency 200",
                "  o365 sandbox faults set --failureRate 20 --errors 429,500 --includeSignIn"})
public final class SandboxFaultsSetCommand implements Callable<Map<String, Object>> {

    @Option(names = "--failureRate", required = true, paramLabel = "<percent>",
            description = "The percentage of calls that fail, 0 to 100.")
    int failureRate;

    @Option(names = "--errors", split = ",", paramLabel = "<status>", defaultValue = "429",
            description = "The statuses to fail with, among 429, 500, 503 and 504; default ${DEFAULT-VALUE}.")
    List<Integer> errors;

    @Option(names = "--retryAfter", paramLabel = "<seconds>", defaultValue = "1",
            description = "The Retry-After of throttling answers, 0 to 600 seconds; default ${DEFAULT-VALUE}.")
    int retryAfter;

    @Option(names = "--latency", paramLabel = "<ms>", defaultValue = "0",
            description = "A delay added to every call, in milliseconds; default ${DEFAULT-VALUE}.")
    int latency;

    @Option(names = "--includeSignIn", description = "Fail sign-in requests too.")
    boolean includeSignIn;

    @Spec
    CommandSpec spec;

    private final Sandbox sandbox;

    SandboxFaultsSetCommand(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public Map<String, Object> call() {
        Faults faults;
        try {
            faults = new Faults(failureRate, errors, retryAfter, latency, includeSignIn);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        sandbox.faults(faults);
        return SandboxStatusCommand.view(sandbox.status());
    }
}
