package org.o365cli.host.sandbox;

import java.util.Map;
import java.util.concurrent.Callable;
import org.o365cli.sandbox.Sandbox;
import picocli.CommandLine.Command;

/** {@code o365 sandbox revoke}: revokes every refresh token, as an administrator revoking sessions would. */
@Command(name = "revoke", description = "Revoke every refresh token of the sandbox tenant: connections then fail to renew "
        + "and ask to connect again.",
        footer = {"", "Examples:", "  o365 sandbox revoke"})
public final class SandboxRevokeCommand implements Callable<Map<String, Object>> {

    private final Sandbox sandbox;

    SandboxRevokeCommand(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public Map<String, Object> call() {
        return Map.of("revokedRefreshTokens", sandbox.revoke());
    }
}
