package org.o365cli.host.auth.clientcredentials;

import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.auth.SignIn;
import org.o365cli.host.auth.SignInRequest;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.auth.aad.Scopes;
import org.o365cli.host.auth.aad.TokenEndpoint;

/** Client credentials with the app's secret in the form ({@code client_secret_post}). */
public final class SecretSignIn implements SignIn {

    private final TokenEndpoint tokens;

    /** @param tokens the token endpoint client */
    public SecretSignIn(TokenEndpoint tokens) {
        this.tokens = tokens;
    }

    @Override
    public TokenSet signIn(SignInRequest request) {
        if (request.clientSecret() == null || request.clientSecret().isEmpty()) {
            throw new O365Exception("Secret sign-in needs the app's client secret: give --secret");
        }
        ClientSecretPost authentication = new ClientSecretPost(new ClientID(request.appId()), new Secret(request.clientSecret()));
        return tokens.redeem(new TokenRequest(request.endpoints().token(), authentication, new ClientCredentialsGrant(),
                Scopes.appOnly(request.resource())));
    }
}
