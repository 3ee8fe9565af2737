package org.o365cli.host.auth.aad;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GrantType;
import org.o365cli.auth.O365Exception;

/**
 * A token endpoint refused a grant. The message is the sign-in wording; renewal turns the
 * error into a {@link org.o365cli.auth.TokenRenewalException} naming the connect to run again.
 */
public final class TokenEndpointException extends O365Exception {

    private static final long serialVersionUID = 1L;

    private final transient ErrorObject error;
    private final transient GrantType grant;

    /**
     * @param error what the token endpoint answered
     * @param grant the grant that was refused
     */
    public TokenEndpointException(ErrorObject error, GrantType grant) {
        super(AadErrors.signInMessage(error, grant));
        this.error = error;
        this.grant = grant;
    }

    /** What the token endpoint answered. */
    public ErrorObject error() {
        return error;
    }

    /** The grant that was refused. */
    public GrantType grant() {
        return grant;
    }

    /** The provider's code, e.g. {@code AADSTS50126} or {@code invalid_grant}. */
    public String errorCode() {
        return AadErrors.errorCode(error);
    }
}
