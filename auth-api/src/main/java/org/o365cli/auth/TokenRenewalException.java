package org.o365cli.auth;

/**
 * A token could not be obtained without the user: the refresh token expired or was revoked,
 * consent is missing, MFA or Conditional Access now applies, the secret is wrong… The message
 * says why and which {@code o365 <service> connect} to run again.
 */
public class TokenRenewalException extends O365Exception {

    private static final long serialVersionUID = 1L;

    private final String errorCode;

    /**
     * @param message   one line: the cause in words and the connect command to rerun
     * @param errorCode the identity provider's code, e.g. {@code AADSTS700082}, or null
     * @param cause     the underlying failure, or null
     */
    public TokenRenewalException(String message, String errorCode, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    /** The identity provider's error code, e.g. {@code AADSTS700082}, or null when there was none. */
    public String errorCode() {
        return errorCode;
    }
}
