package org.o365cli.host.auth.aad;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import java.time.Clock;
import java.time.Instant;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.auth.claims.TokenClaims;

/**
 * Sends a token request and reads the answer into a {@link TokenSet}. The expiry is counted from
 * when the request was sent, read from the injected clock before sending: {@code expires_in} is
 * authoritative, the client's clock is never compared with the token's {@code exp}.
 */
public final class TokenEndpoint {

    /** The longest access token lifetime accepted: a year. */
    static final long MAX_LIFETIME_SECONDS = 365L * 24 * 3600;


    private static final String WHAT = "the token endpoint";

    private final JsonExchange exchange;
    private final Clock clock;

    /**
     * @param exchange how requests reach the network
     * @param clock    the clock expiries are counted on
     */
    public TokenEndpoint(JsonExchange exchange, Clock clock) {
        this.exchange = exchange;
        this.clock = clock;
    }

    /**
     * Sends the request; an OAuth error comes back as an answer, for flows that poll.
     *
     * @param request the token request
     * @return the tokens or the error
     */
    public TokenAnswer send(TokenRequest request) {
        Instant sentAt = clock.instant();
        JsonReply reply = exchange.send(request.toHTTPRequest(), WHAT);
        if (reply.ok()) {
            try {
                return new TokenAnswer(tokenSet(AccessTokenResponse.parse(reply.body()), sentAt), null);
            } catch (ParseException e) {
                throw new O365Exception("The token endpoint at " + request.getEndpointURI()
                        + " answered a token response that can't be read: " + e.getMessage(), e);
            }
        }
        ErrorObject error;
        try {
            error = TokenErrorResponse.parse(reply.body()).getErrorObject();
        } catch (ParseException e) {
            error = null;
        }
        if (error == null || error.getCode() == null) {
            throw new O365Exception("The token endpoint at " + request.getEndpointURI() + " answered HTTP " + reply.status()
                    + " without an OAuth error: check the URL, and any proxy between you and it");
        }
        return new TokenAnswer(null, error.setHTTPStatusCode(reply.status()));
    }

    /**
     * Sends the request and returns the tokens.
     *
     * @param request the token request
     * @return the tokens
     * @throws TokenEndpointException when the endpoint refused the grant
     */
    public TokenSet redeem(TokenRequest request) {
        TokenAnswer answer = send(request);
        if (!answer.succeeded()) {
            throw new TokenEndpointException(answer.error(), request.getAuthorizationGrant().getType());
        }
        return answer.tokens();
    }

    private static TokenSet tokenSet(AccessTokenResponse response, Instant sentAt) {
        Tokens tokens = response.getTokens();
        String accessToken = tokens.getAccessToken().getValue();
        RefreshToken refreshToken = tokens.getRefreshToken();
        Object idToken = response.getCustomParameters().get("id_token");
        return new TokenSet(accessToken, expiresOn(sentAt, tokens.getAccessToken().getLifetime(), accessToken),
                refreshToken == null ? null : refreshToken.getValue(), idToken == null ? null : idToken.toString());
    }

    /**
     * When a token expires: {@code sentAt + expiresIn}; without {@code expires_in}, the token's own
     * {@code exp} when it is a JWT, else at once, so that the next use renews it.
     *
     * @param sentAt    when the request was sent
     * @param expiresIn the lifetime in seconds, 0 when the answer had none
     * @param token     the access token
     * @return the expiry
     */
    public static Instant expiresOn(Instant sentAt, long expiresIn, String token) {
        if (expiresIn > MAX_LIFETIME_SECONDS) {
            // Azure AD's tokens last hours; a lifetime past a year is a broken or hostile answer, and far past it overflows.
            throw new O365Exception("The identity provider answered expires_in " + expiresIn + " s, more than the year"
                    + " o365 accepts for an access token; check the identity provider's token lifetime settings");
        }
        if (expiresIn > 0) {
            return sentAt.plusSeconds(expiresIn);
        }
        Instant exp = TokenClaims.read(token).expiresAt();
        return exp != null ? exp : sentAt;
    }
}
