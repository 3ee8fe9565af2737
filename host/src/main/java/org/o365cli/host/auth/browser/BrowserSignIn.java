package org.o365cli.host.auth.browser;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Prompt;
import java.time.Duration;
import org.o365cli.auth.Cancellation;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.auth.SignIn;
import org.o365cli.host.auth.SignInRequest;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.auth.aad.Scopes;
import org.o365cli.host.auth.aad.TokenEndpoint;

/**
 * Authorization code with PKCE (S256) through the system browser: the authorization request
 * asks for {@code prompt=select_account} and redirects to a loopback port, whose code is
 * redeemed with the code verifier.
 */
public final class BrowserSignIn implements SignIn {

    /** How long the user has to sign in, unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private final TokenEndpoint tokens;
    private final BrowserOpener browser;
    private final Cancellation cancellation;
    private final Duration timeout;

    /**
     * @param tokens       the token endpoint client
     * @param browser      shows the user the sign-in page
     * @param cancellation whether the user asked to stop
     * @param timeout      how long the user has to sign in
     */
    public BrowserSignIn(TokenEndpoint tokens, BrowserOpener browser, Cancellation cancellation, Duration timeout) {
        this.tokens = tokens;
        this.browser = browser;
        this.cancellation = cancellation;
        this.timeout = timeout;
    }

    @Override
    public TokenSet signIn(SignInRequest request) {
        if (request.endpoints().authorization() == null) {
            throw new O365Exception("The issuer " + request.endpoints().issuer() + " has no authorization endpoint:"
                    + " use --authType deviceCode");
        }
        ClientID clientId = new ClientID(request.appId());
        Scope scope = Scopes.delegated(request);
        State state = new State();
        CodeVerifier verifier = new CodeVerifier();
        try (LoopbackReceiver receiver = LoopbackReceiver.start(state)) {
            AuthorizationRequest authorization = new AuthorizationRequest.Builder(ResponseType.CODE, clientId)
                    .endpointURI(request.endpoints().authorization())
                    .redirectionURI(receiver.redirectUri())
                    .scope(scope)
                    .state(state)
                    .codeChallenge(verifier, CodeChallengeMethod.S256)
                    .prompt(Prompt.Type.SELECT_ACCOUNT)
                    .build();
            browser.open(authorization.toURI());
            AuthorizationCode code = receiver.await(timeout, cancellation);
            return tokens.redeem(new TokenRequest(request.endpoints().token(), clientId,
                    new AuthorizationCodeGrant(code, receiver.redirectUri(), verifier), scope));
        }
    }
}
