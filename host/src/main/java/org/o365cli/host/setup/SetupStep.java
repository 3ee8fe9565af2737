package org.o365cli.host.setup;

/**
 * One change {@code o365 setup} makes to the tenant (or to O365_HOME), described for the plan.
 *
 * @param description what it does, one line, for the plan and the result
 * @param action      does it; sees the ids earlier steps learnt
 */
record SetupStep(String description, Action action) {

    /** Makes the change. */
    interface Action {
        void apply(Target target);
    }

    /**
     * The app registration being set up: known from the start when it exists, else filled by the steps
     * that create it. One per run.
     */
    static final class Target {
        String objectId;
        String appId;
        String servicePrincipalId;

        Target(String objectId, String appId, String servicePrincipalId) {
            this.objectId = objectId;
            this.appId = appId;
            this.servicePrincipalId = servicePrincipalId;
        }
    }
}
