package org.o365cli.host.auth.clientcredentials;

import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import java.util.List;
import java.util.Map;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.auth.SignIn;
import org.o365cli.host.auth.SignInRequest;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.auth.aad.Scopes;
import org.o365cli.host.auth.aad.TokenEndpoint;

/**
 * Client credentials with a certificate: a {@code private_key_jwt} assertion signed with the
 * certificate's key, plus {@code client_id} as Azure AD documents it.
 */
public final class CertificateSignIn implements SignIn {

    private final TokenEndpoint tokens;
    private final CertificateAssertion assertions;

    /**
     * @param tokens     the token endpoint client
     * @param assertions makes the signed client assertion
     */
    public CertificateSignIn(TokenEndpoint tokens, CertificateAssertion assertions) {
        this.tokens = tokens;
        this.assertions = assertions;
    }

    @Override
    public TokenSet signIn(SignInRequest request) {
        if (request.certificate() == null) {
            throw new O365Exception("Certificate sign-in needs the app's certificate: give --certificateFile or"
                    + " --certificateBase64Encoded");
        }
        ClientID clientId = new ClientID(request.appId());
        return tokens.redeem(new TokenRequest(request.endpoints().token(),
                assertions.create(request.certificate(), clientId, request.endpoints().token()), new ClientCredentialsGrant(),
                Scopes.appOnly(request.resource()), null, Map.of("client_id", List.of(request.appId()))));
    }
}
