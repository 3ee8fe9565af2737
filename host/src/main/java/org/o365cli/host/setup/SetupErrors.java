package org.o365cli.host.setup;

import org.o365cli.auth.ApiException;
import org.o365cli.auth.O365Exception;

/**
 * Turns Graph's refusals of setup's calls into what the administrator must change: the directory role
 * ({@code Authorization_RequestDenied}) or the consent to setup's own sign-in.
 */
final class SetupErrors {

    private SetupErrors() {
    }

    /**
     * @param e    what Graph answered
     * @param what what setup was doing, e.g. {@code create the app registration 'o365 CLI'}
     * @param done how many changes were made before
     * @return the error to report
     */
    static O365Exception explain(ApiException e, String what, int done) {
        String before = done == 0 ? "nothing was changed" : done + " earlier change(s) were made; run setup again to finish";
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e.status() == 403 && message.contains("Authorization_RequestDenied")) {
            String role = what.contains("consent") || what.contains("application permission")
                    ? "the Privileged Role Administrator or Global Administrator role (granting consent to Microsoft Graph needs it)"
                    : "the Application Administrator, Cloud Application Administrator or Global Administrator role";
            return new O365Exception("Could not " + what + ": Microsoft Graph refused it (" + firstLine(message) + "); "
                    + "the signed-in user needs " + role + ", and setup's sign-in the consent to "
                    + String.join(", ", AdminSignIn.PERMISSIONS) + "; " + before, e);
        }
        if (e.status() == 401) {
            return new O365Exception("Could not " + what + ": Microsoft Graph did not accept the sign-in (" + firstLine(message)
                    + "); run setup again; " + before, e);
        }
        return new O365Exception("Could not " + what + ": " + firstLine(message) + "; " + before, e);
    }

    private static String firstLine(String message) {
        String line = message.replaceAll("\\s*\\R\\s*", " ").trim();
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }
}
