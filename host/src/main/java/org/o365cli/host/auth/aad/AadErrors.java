package org.o365cli.host.auth.aad;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GrantType;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;
import org.o365cli.auth.TokenRenewalException;
import org.o365cli.host.http.ServerText;

/**
 * Puts what an identity provider answered into one line of words: what failed, what to do, and
 * the provider's code and request ids ({@code AADSTS50076}, {@code correlation_id}, {@code trace_id}).
 * Azure AD's {@code AADSTSnnnnn} codes get their own words; other providers (Keycloak, any OIDC
 * issuer) get words for the standard OAuth error codes. Never shows a response body raw.
 */
public final class AadErrors {

    private static final Pattern AADSTS = Pattern.compile("^\\s*AADSTS(\\d+)\\s*:?\\s*");
    private static final int MAX_DESCRIPTION = 200;

    private static final String MFA = "multi-factor authentication is required, which this sign-in method can't satisfy:"
            + " connect with --authType deviceCode or --authType browser";
    private static final String CLIENT_AUTHENTICATION = "client authentication failed: check the secret or certificate";
    private static final String SCOPE = "the scope is invalid: the resource is wrong, or more than one resource was asked for at once";

    private static final Map<String, String> AADSTS_WORDS = Map.ofEntries(
            Map.entry("50076", MFA),
            Map.entry("50079", MFA),
            Map.entry("53003", "access was blocked by a Conditional Access policy: ask your administrator which policy applies"),
            Map.entry("50126", "the user name or password is invalid: check the credentials"),
            Map.entry("65001", "the app has no consent for the requested permissions:"
                    + " ask an administrator to grant admin consent to the app in this tenant"),
            Map.entry("700016", "the application was not found in the tenant: check --appId and --tenant"),
            Map.entry("7000215", "the client secret is invalid: give the secret's value, not its id"),
            Map.entry("700027", "the client assertion's signature is invalid: the certificate is not registered on the app;"
                    + " upload its public certificate to the app registration"),
            Map.entry("700082", "the refresh token has expired"),
            Map.entry("70043", "the refresh token has expired or was invalidated by a Conditional Access sign-in frequency policy"),
            Map.entry("50173", "the refresh token was revoked (the password changed or the sessions were revoked)"),
            Map.entry("90002", "the tenant was not found: check --tenant"),
            Map.entry("500011", "the resource's service principal was not found in the tenant:"
                    + " the resource is not available in this tenant; check its URL"),
            Map.entry("70011", SCOPE),
            Map.entry("28000", SCOPE));

    private AadErrors() {
    }

    /**
     * The identity provider's code: {@code AADSTSnnnnn} when the description starts with one, else
     * the OAuth error code such as {@code invalid_grant}.
     *
     * @param error what the token endpoint answered
     * @return the code, or null when the answer had none
     */
    public static String errorCode(ErrorObject error) {
        String aadsts = aadsts(error);
        return aadsts != null ? "AADSTS" + aadsts : error.getCode();
    }

    /**
     * The failure in words, followed by the codes and request ids, e.g. {@code the user name or
     * password is invalid: check the credentials (AADSTS50126, correlation id …, trace id …)}.
     *
     * @param error what the token endpoint answered
     * @param grant the grant that was asked for, or null
     * @return one line
     */
    public static String describe(ErrorObject error, GrantType grant) {
        String aadsts = aadsts(error);
        String words = aadsts == null ? null : AADSTS_WORDS.get(aadsts);
        if (words == null) {
            words = wordsForCode(error, grant);
            String said = description(error);
            if (!said.isEmpty()) {
                words = words == null ? said : words + "; the server said: " + said;
            }
            if (words == null) {
                words = "the request was refused";
            }
        }
        return words + details(error, aadsts);
    }

    /**
     * A failed sign-in.
     *
     * @param error what the token endpoint answered
     * @param grant the grant that was asked for, or null
     * @return the exception to throw
     */
    public static O365Exception signInFailure(ErrorObject error, GrantType grant) {
        return new O365Exception(signInMessage(error, grant));
    }

    /**
     * The message of a failed sign-in: {@code Sign-in failed: <words> (<codes>)}.
     *
     * @param error what the token endpoint answered
     * @param grant the grant that was asked for, or null
     * @return one line
     */
    public static String signInMessage(ErrorObject error, GrantType grant) {
        return "Sign-in failed: " + describe(error, grant);
    }

    /**
     * A renewal that cannot succeed without the user, ending with the connect command to run again.
     *
     * @param error          what the token endpoint answered
     * @param grant          the grant that was asked for, or null
     * @param resource       the resource a token was asked for
     * @param connectCommand the command that connects again, e.g. {@code o365 spo connect https://contoso-admin.sharepoint.com}, or null
     * @param cause          the underlying failure, or null
     * @return the exception to throw
     */
    public static TokenRenewalException renewalFailure(ErrorObject error, GrantType grant, Resource resource,
                                                       String connectCommand, Throwable cause) {
        return new TokenRenewalException("Could not renew the token for " + resource + ": " + describe(error, grant)
                + rerun(connectCommand), errorCode(error), cause);
    }

    /**
     * The end of a message that tells which connect to run again.
     *
     * @param connectCommand the command, or null
     * @return {@code ; run '<command>' again}, or {@code ; connect again} without a command
     */
    public static String rerun(String connectCommand) {
        return connectCommand == null || connectCommand.isBlank() ? "; connect again" : "; run '" + connectCommand + "' again";
    }

    /**
     * An endpoint answered something that is not JSON: an HTML page from a proxy, a 502…
     *
     * @param what          the endpoint in words, e.g. {@code the token endpoint}
     * @param endpoint      its URL
     * @param status        the HTTP status
     * @param statusMessage the HTTP reason phrase, or null
     * @return the exception to throw
     */
    public static O365Exception unreadable(String what, URI endpoint, int status, String statusMessage) {
        String reason = statusMessage == null || statusMessage.isBlank() ? "" : " " + ServerText.line(statusMessage, 100);
        return new O365Exception(capitalise(what) + " at " + withoutQuery(endpoint) + " answered HTTP " + status + reason
                + " with something other than JSON: check the URL, and any proxy between you and it");
    }

    /**
     * An endpoint could not be reached.
     *
     * @param what     the endpoint in words, e.g. {@code the token endpoint}
     * @param endpoint its URL
     * @param failure  what the network said
     * @return the exception to throw
     */
    public static O365Exception unreachable(String what, URI endpoint, IOException failure) {
        String why = failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getSimpleName() : ServerText.line(failure.getMessage());
        return new O365Exception("Could not reach " + what + " at " + withoutQuery(endpoint) + ": " + why
                + ": check the URL and your network or proxy", failure);
    }

    private static String wordsForCode(ErrorObject error, GrantType grant) {
        String code = error.getCode();
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "invalid_grant" -> GrantType.REFRESH_TOKEN.equals(grant) ? "the refresh token has expired or was revoked"
                    : "the grant was refused";
            case "invalid_client" -> CLIENT_AUTHENTICATION;
            // Keycloak answers a wrong secret with 401 unauthorized_client; a 401 from the token endpoint is
            // a failed client authentication whatever the code (RFC 6749 section 5.2).
            case "unauthorized_client" -> error.getHTTPStatusCode() == 401 ? CLIENT_AUTHENTICATION
                    : "the app is not allowed to use this grant: check the app registration"
                    + " (public client flows must be allowed for deviceCode and password)";
            case "invalid_scope" -> SCOPE;
            case "access_denied" -> "access was denied";
            case "consent_required", "interaction_required" -> "the user must sign in interactively:"
                    + " connect with --authType deviceCode or --authType browser";
            default -> null;
        };
    }

    private static String details(ErrorObject error, String aadsts) {
        List<String> parts = new ArrayList<>();
        if (aadsts != null) {
            parts.add("AADSTS" + aadsts);
        } else if (error.getCode() != null) {
            parts.add(ServerText.line(error.getCode(), 100));
        }
        Map<String, String> custom = error.getCustomParams() == null ? Map.of() : error.getCustomParams();
        if (custom.get("correlation_id") != null) {
            parts.add("correlation id " + ServerText.line(custom.get("correlation_id"), 100));
        }
        if (custom.get("trace_id") != null) {
            parts.add("trace id " + ServerText.line(custom.get("trace_id"), 100));
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String aadsts(ErrorObject error) {
        if (error.getDescription() == null) {
            return null;
        }
        Matcher m = AADSTS.matcher(error.getDescription());
        return m.find() ? m.group(1) : null;
    }

    /** The first sentence-ish of the description, without the AADSTS prefix and Azure's trailing ids. */
    private static String description(ErrorObject error) {
        String text = error.getDescription();
        if (text == null) {
            return "";
        }
        text = AADSTS.matcher(text).replaceFirst("");
        for (String marker : new String[] {"Trace ID:", "\r", "\n"}) {
            int at = text.indexOf(marker);
            if (at >= 0) {
                text = text.substring(0, at);
            }
        }
        return ServerText.line(text, MAX_DESCRIPTION);
    }

    private static String withoutQuery(URI uri) {
        String text = uri.toString();
        int query = text.indexOf('?');
        return query < 0 ? text : text.substring(0, query);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
