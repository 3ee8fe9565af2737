package org.o365cli.host.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.o365cli.auth.ApiException;

/** What an administrator is told when Graph refuses one of setup's calls. */
class SetupErrorsTest {

    // As the host words Graph's 403 (ApiErrors): method, URL, status, Graph's message and code.
    private static ApiException denied(String path) {
        return new ApiException(403, "POST https://graph.microsoft.com/v1.0/" + path + " failed with 403: Insufficient "
                + "privileges to complete the operation. [Authorization_RequestDenied] (request id 1f0c)");
    }

    @Test
    void aRefusedAppRegistrationNamesTheApplicationAdministratorRoles() {
        String message = SetupErrors.explain(denied("applications"), "create the app registration 'o365 CLI'", 0).getMessage();
        assertTrue(message.startsWith("Could not create the app registration 'o365 CLI': Microsoft Graph refused it"), message);
        assertTrue(message.contains("needs the Application Administrator, Cloud Application Administrator or Global "
                + "Administrator role"), message);
        assertTrue(message.contains("Application.ReadWrite.All, DelegatedPermissionGrant.ReadWrite.All, "
                + "AppRoleAssignment.ReadWrite.All"), message);
        assertTrue(message.endsWith("; nothing was changed"), message);
    }

    @Test
    void aRefusedConsentNamesThePrivilegedRoleAdministratorAndWhatWasAlreadyDone() {
        String message = SetupErrors.explain(denied("oauth2PermissionGrants"),
                "grant admin consent for all users on Microsoft Graph: User.Read", 2).getMessage();
        assertTrue(message.contains("needs the Privileged Role Administrator or Global Administrator role"), message);
        assertTrue(message.endsWith("2 earlier change(s) were made; run setup again to finish"), message);
        assertEquals(1, message.lines().count());
    }

    @Test
    void otherErrorsKeepGraphsWords() {
        String message = SetupErrors.explain(new ApiException(400, "PATCH https://graph.microsoft.com/v1.0/applications/1 "
                + "failed with 400: Invalid value specified for property 'keyCredentials' [Request_BadRequest]"),
                "update the app registration 'o365 CLI': keyCredentials", 1).getMessage();
        assertTrue(message.startsWith("Could not update the app registration 'o365 CLI': keyCredentials: PATCH"), message);
        assertTrue(message.contains("[Request_BadRequest]"), message);
    }
}
