package org.o365cli.host.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.o365cli.sandbox.Sandbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code o365 sandbox reset}: rebuilds the sandbox tenant as it always starts. */
@Command(name = "reset", description = "Rebuild the sandbox tenant: its seeded users, groups, sites and apps, a new signing key "
        + "(tokens issued before no longer work), no refresh tokens, no faults.",
        footer = {"", "Examples:", "  o365 sandbox reset", "  o365 sandbox reset --users 100000",
                "  o365 sandbox reset --tokenLifetime 60"})
public final class SandboxResetCommand implements Callable<Map<String, Object>> {

    @Option(names = "--users", paramLabel = "<count>", defaultValue = "25",
            description = "How many users the tenant has, 1 to 1000000; default ${DEFAULT-VALUE}.")
    int users;

    @Option(names = "--tokenLifetime", paramLabel = "<seconds>", defaultValue = "3600",
            description = "How long access tokens are valid, 60 to 86400 seconds; default ${DEFAULT-VALUE}.")
    long tokenLifetime;

    @Spec
    CommandSpec spec;

    private final Sandbox sandbox;

    SandboxResetCommand(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public Map<String, Object> call() {
        if (tokenLifetime < 60 || tokenLifetime > 86400) {
            throw new ParameterException(spec.commandLine(), "--tokenLifetime must be between 60 and 86400 seconds, not "
                    + tokenLifetime);
        }
        try {
            sandbox.reset(users);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        sandbox.tokenLifetime(Duration.ofSeconds(tokenLifetime));
        return SandboxStatusCommand.view(sandbox.status());
    }
}
