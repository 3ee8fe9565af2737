package org.o365cli.host.auth.refresh;

import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import org.o365cli.auth.TokenRenewalException;
import org.o365cli.host.auth.SignIn;
import org.o365cli.host.auth.SignInRequest;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.auth.aad.AadErrors;
import org.o365cli.host.auth.aad.Scopes;
import org.o365cli.host.auth.aad.TokenEndpoint;
import org.o365cli.host.auth.aad.TokenEndpointException;

/**
 * Gets a new access token without the user. Delegated connections redeem their refresh token
 * for the resource asked ({@code scope=<resource>/.default offline_access openid profile}), which
 * works for any resource of the same tenant; keep the refresh token the answer carries, if any.
 * App-only connections run their grant again.
 */
public final class TokenRenewal {

    private final TokenEndpoint tokens;
    private final SignIn appOnly;

    /**
     * @param tokens  the token endpoint client
     * @param appOnly runs an app-only grant again (normally {@link org.o365cli.host.auth.signin.SignInFlows})
     */
    public TokenRenewal(TokenEndpoint tokens, SignIn appOnly) {
        this.tokens = tokens;
        this.appOnly = appOnly;
    }

    /**
     * @param request the connection's renewal material and the resource
     * @return new tokens; the refresh token is null when the server issued none (keep the old one)
     * @throws TokenRenewalException when the identity provider refuses: why, and which connect to run again
     * @throws org.o365cli.auth.O365Exception when the provider can't be reached or answers something unreadable
     */
    public TokenSet renew(RenewalRequest request) {
        try {
            return request.authType().appOnly() ? appOnly.signIn(signInRequest(request)) : refresh(request);
        } catch (TokenEndpointException e) {
            throw AadErrors.renewalFailure(e.error(), e.grant(), request.resource(), request.connectCommand(), e);
        }
    }

    private TokenSet refresh(RenewalRequest request) {
        if (request.refreshToken() == null || request.refreshToken().isBlank()) {
            throw new TokenRenewalException("Could not renew the token for " + request.resource()
                    + ": the connection keeps no refresh token" + AadErrors.rerun(request.connectCommand()), null, null);
        }
        return tokens.redeem(new TokenRequest(request.endpoints().token(), new ClientID(request.appId()),
                new RefreshTokenGrant(new RefreshToken(request.refreshToken())), Scopes.delegated(request.resource())));
    }

    private static SignInRequest signInRequest(RenewalRequest request) {
        return new SignInRequest(request.authType(), request.appId(), null, request.endpoints(), request.resource(), null, null,
                request.certificate(), request.clientSecret(), request.managedIdentity(), request.federatedProvider(),
                request.environment());
    }
}
