package org.o365cli.host.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.o365cli.auth.Resource;

class SignInRequestTest {

    @Test
    void toStringShowsNoPasswordSecretOrEnvironmentValue() {
        SignInRequest request = new SignInRequest(AuthType.PASSWORD, "app", "organizations",
                Endpoints.azureAd("https://login.microsoftonline.com/organizations"), Resource.of("https://graph.microsoft.com"),
                "adele@contoso.com", "P@ssw0rd!", null, "s3cr3t", null, null,
                Map.of("ACTIONS_ID_TOKEN_REQUEST_TOKEN", "gh-token-value", "IDENTITY_HEADER", "header-value"));

        String text = request.toString();

        assertFalse(text.contains("P@ssw0rd!") || text.contains("s3cr3t") || text.contains("gh-token-value")
                || text.contains("header-value"), text);
        assertEquals("SignInRequest[authType=password, appId=app, tenant=organizations,"
                + " issuer=https://login.microsoftonline.com/organizations, resource=https://graph.microsoft.com,"
                + " userName=adele@contoso.com, password=<redacted>, certificate=null, clientSecret=<redacted>,"
                + " managedIdentity=null, federatedProvider=null,"
                + " environment=[ACTIONS_ID_TOKEN_REQUEST_TOKEN, IDENTITY_HEADER], permissions=[]]", text);
    }

    @Test
    void authTypeAndResourceAreRequired() {
        assertThrows(NullPointerException.class, () -> new SignInRequest(null, "app", null, null,
                Resource.of("https://graph.microsoft.com"), null, null, null, null, null, null, null));
        assertThrows(NullPointerException.class, () -> new SignInRequest(AuthType.SECRET, "app", null, null, null, null, null,
                null, null, null, null, null));
    }
}
