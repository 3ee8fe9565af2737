package org.o365cli.host.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.o365cli.sandbox.Sandbox;
import org.o365cli.sandbox.SandboxStatus;
import org.o365cli.sandbox.faults.Faults;
import picocli.CommandLine.Command;

/** {@code o365 sandbox status}: how to sign in to the sandbox tenant, and what it holds. */
@Command(name = "status", description = "Show the sandbox tenant's sign-in details (app id, secret, users, password) and contents.",
        footer = {"", "The secret and password are the sandbox's own: they open nothing but this emulated tenant.", "",
                "Examples:", "  o365 sandbox status", "  o365 sandbox status --query password -o text"})
public final class SandboxStatusCommand implements Callable<Map<String, Object>> {

    private final Sandbox sandbox;

    SandboxStatusCommand(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public Map<String, Object> call() {
        return view(sandbox.status());
    }

    static Map<String, Object> view(SandboxStatus status) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("tenant", status.tenant());
        view.put("tenantId", status.tenantId());
        view.put("appId", status.appId());
        view.put("secret", status.secret());
        view.put("admin", status.admin());
        view.put("password", status.password());
        view.put("users", status.users());
        view.put("groups", status.groups());
        view.put("sites", status.sites());
        view.put("tokenLifetimeSeconds", status.tokenLifetimeSeconds());
        view.put("refreshTokens", status.refreshTokens());
        view.put("faults", describe(status.faults()));
        view.put("folder", status.folder());
        return view;
    }

    private static String describe(Faults faults) {
        if (faults.failureRate() == 0 && faults.latencyMillis() == 0) {
            return "none";
        }
        return faults.failureRate() + "% of calls fail with " + faults.errors() + ", Retry-After " + faults.retryAfter()
                + " s, latency " + faults.latencyMillis() + " ms" + (faults.includeSignIn() ? ", sign-in included" : "");
    }
}
