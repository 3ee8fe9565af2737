package org.o365cli.host.sandbox;

import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.connect.ConnectPlan;
import org.o365cli.sandbox.Sandbox;

/** The sandbox's sign-in without input: its administrator, with the password its state holds. */
public final class SandboxSignIn {

    private SandboxSignIn() {
    }

    /**
     * @param plan    a sandbox connect plan
     * @param sandbox the sandbox of this {@code O365_HOME}
     * @return the plan with the administrator's password when it signs in the administrator without one
     */
    public static ConnectPlan withAdminPassword(ConnectPlan plan, Sandbox sandbox) {
        if (plan.authType() != AuthType.PASSWORD || plan.password() != null || !Sandbox.ADMIN.equals(plan.userName())) {
            return plan;
        }
        return new ConnectPlan(plan.service(), plan.resource(), plan.url(), plan.authType(), plan.appId(), plan.tenant(),
                plan.cloud(), plan.authority(), plan.userName(), plan.managedIdentity(), sandbox.status().password(),
                plan.certificate(), plan.certificateName(), plan.thumbprint(), plan.secret(), plan.flags(), plan.environment(),
                plan.name());
    }
}
