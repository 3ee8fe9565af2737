package org.o365cli.host.auth.federated;

import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import org.o365cli.host.auth.SignIn;
import org.o365cli.host.auth.SignInRequest;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.auth.aad.Scopes;
import org.o365cli.host.auth.aad.TokenEndpoint;

/**
 * Client credentials with a federated credential: the CI system's OIDC token is the client
 * assertion ({@code client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer}).
 */
public final class FederatedIdentitySignIn implements SignIn {

    private final FederatedAssertion assertions;
    private final TokenEndpoint tokens;

    /**
     * @param assertions fetches the CI system's OIDC token
     * @param tokens     the token endpoint client
     */
    public FederatedIdentitySignIn(FederatedAssertion assertions, TokenEndpoint tokens) {
        this.assertions = assertions;
        this.tokens = tokens;
    }

    @Override
    public TokenSet signIn(SignInRequest request) {
        String assertion = assertions.fetch(request.federatedProvider(), request.environment());
        return tokens.redeem(new TokenRequest(request.endpoints().token(),
                new ClientAssertion(new ClientID(request.appId()), assertion), new ClientCredentialsGrant(),
                Scopes.appOnly(request.resource())));
    }
}
