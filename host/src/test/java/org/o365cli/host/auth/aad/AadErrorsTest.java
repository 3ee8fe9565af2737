package org.o365cli.host.auth.aad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;
import org.o365cli.auth.TokenRenewalException;

class AadErrorsTest {

    private static final Resource ADMIN = Resource.of("https://contoso-admin.sharepoint.com");
    private static final String CONNECT = "o365 spo connect https://contoso-admin.sharepoint.com";

    @ParameterizedTest(name = "AADSTS{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "invalid_grant       | 50076   | multi-factor authentication is required, which this sign-in method can't satisfy: connect with --authType deviceCode or --authType browser",
        "invalid_grant       | 50079   | multi-factor authentication is required",
        "invalid_grant       | 53003   | blocked by a Conditional Access policy: ask your administrator",
        "invalid_grant       | 50126   | the user name or password is invalid: check the credentials",
        "invalid_grant       | 65001   | admin consent",
        "unauthorized_client | 700016  | the application was not found in the tenant: check --appId and --tenant",
        "invalid_client      | 7000215 | the client secret is invalid: give the secret's value, not its id",
        "invalid_client      | 700027  | the certificate is not registered on the app",
        "invalid_grant       | 700082  | the refresh token has expired",
        "invalid_grant       | 70043   | the refresh token has expired or was invalidated by a Conditional Access sign-in frequency policy",
        "invalid_grant       | 50173   | the refresh token was revoked",
        "invalid_request     | 90002   | the tenant was not found: check --tenant",
        "invalid_resource    | 500011  | the resource is not available in this tenant",
        "invalid_scope       | 70011   | the scope is invalid",
        "invalid_scope       | 28000   | more than one resource",
    })
    void renewalFailureSaysWhyInWordsAndEndsWithTheConnectToRunAgain(String error, String code, String words) {
        TokenRenewalException e = AadErrors.renewalFailure(azure(error, code), GrantType.REFRESH_TOKEN, ADMIN, CONNECT, null);

        assertTrue(e.getMessage().startsWith("Could not renew the token for https://contoso-admin.sharepoint.com: "), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
        assertTrue(e.getMessage().contains("(AADSTS" + code + ", correlation id corr-1, trace id trace-1)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; run '" + CONNECT + "' again"), e.getMessage());
        assertEquals("AADSTS" + code, e.errorCode());
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), e.getMessage());
        assertFalse(e.getMessage().contains("Timestamp"), e.getMessage());
    }

    @Test
    void signInFailureIsAnO365ExceptionWithTheSameWords() {
        O365Exception e = AadErrors.signInFailure(azure("invalid_grant", "50126"), GrantType.PASSWORD);

        assertEquals("Sign-in failed: the user name or password is invalid: check the credentials"
                + " (AADSTS50126, correlation id corr-1, trace id trace-1)", e.getMessage());
    }

    @Test
    void unknownAadstsCodeShowsAzureAdsOwnFirstSentence() {
        ErrorObject error = parse("{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000222: The provided client"
                + " secret keys for app 'x' are expired.\\r\\nTrace ID: t\\r\\nCorrelation ID: c\"}");

        assertEquals("client authentication failed: check the secret or certificate; the server said: The provided client"
                + " secret keys for app 'x' are expired. (AADSTS7000222)", AadErrors.describe(error, GrantType.CLIENT_CREDENTIALS));
    }

    @Test
    void genericInvalidGrantOnRefreshMeansTheRefreshTokenExpiredOrWasRevoked() {
        ErrorObject keycloak = parse("{\"error\":\"invalid_grant\",\"error_description\":\"Token is not active\"}");

        TokenRenewalException e = AadErrors.renewalFailure(keycloak, GrantType.REFRESH_TOKEN, ADMIN, CONNECT, null);

        assertEquals("Could not renew the token for https://contoso-admin.sharepoint.com: the refresh token has expired or"
                + " was revoked; the server said: Token is not active (invalid_grant); run '" + CONNECT + "' again", e.getMessage());
        assertEquals("invalid_grant", e.errorCode());
    }

    @Test
    void genericInvalidClientAndUnauthorizedClientHaveWords() {
        assertEquals("client authentication failed: check the secret or certificate (invalid_client)",
                AadErrors.describe(parse("{\"error\":\"invalid_client\"}"), GrantType.CLIENT_CREDENTIALS));
        assertTrue(AadErrors.describe(parse("{\"error\":\"unauthorized_client\"}").setHTTPStatusCode(400), GrantType.PASSWORD)
                .startsWith("the app is not allowed to use this grant"));
    }

    @Test
    void unauthorizedClientWithHttp401IsAFailedClientAuthentication() {
        ErrorObject keycloak = parse("{\"error\":\"unauthorized_client\",\"error_description\":"
                + "\"Invalid client or Invalid client credentials\"}").setHTTPStatusCode(401);

        assertEquals("Sign-in failed: client authentication failed: check the secret or certificate; the server said:"
                + " Invalid client or Invalid client credentials (unauthorized_client)",
                AadErrors.signInMessage(keycloak, GrantType.CLIENT_CREDENTIALS));
    }

    @Test
    void genericInvalidGrantOnSignInShowsWhatTheServerSaid() {
        ErrorObject keycloak = parse("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}");

        assertEquals("Sign-in failed: the grant was refused; the server said: Invalid user credentials (invalid_grant)",
                AadErrors.signInMessage(keycloak, GrantType.PASSWORD));
    }

    @Test
    void renewalWithoutAConnectCommandSaysConnectAgain() {
        TokenRenewalException e = AadErrors.renewalFailure(azure("invalid_grant", "700082"), GrantType.REFRESH_TOKEN, ADMIN,
                null, null);

        assertTrue(e.getMessage().endsWith("; connect again"), e.getMessage());
    }

    @Test
    void unreadableAnswerNamesStatusAndEndpointWithoutQuery() {
        O365Exception e = AadErrors.unreadable("the token endpoint", URI.create("https://login.example/t/oauth2/v2.0/token?x=secret"),
                502, "Bad Gateway");

        assertEquals("The token endpoint at https://login.example/t/oauth2/v2.0/token answered HTTP 502 Bad Gateway with"
                + " something other than JSON: check the URL, and any proxy between you and it", e.getMessage());
    }

    @Test
    void unreachableEndpointSaysWhatTheNetworkSaid() {
        IOException refused = new ConnectException("Connection refused");

        O365Exception e = AadErrors.unreachable("the token endpoint", URI.create("https://login.example/t"), refused);

        assertEquals("Could not reach the token endpoint at https://login.example/t: Connection refused:"
                + " check the URL and your network or proxy", e.getMessage());
    }

    private static ErrorObject azure(String error, String code) {
        return parse("{\"error\":\"" + error + "\",\"error_description\":\"AADSTS" + code + ": Something happened.\\r\\n"
                + "Trace ID: trace-1\\r\\nCorrelation ID: corr-1\\r\\nTimestamp: 2024-05-01 10:00:00Z\",\"error_codes\":["
                + code + "],\"trace_id\":\"trace-1\",\"correlation_id\":\"corr-1\"}");
    }

    private static ErrorObject parse(String json) {
        try {
            return TokenErrorResponse.parse(JSONObjectUtils.parse(json)).getErrorObject();
        } catch (com.nimbusds.oauth2.sdk.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
