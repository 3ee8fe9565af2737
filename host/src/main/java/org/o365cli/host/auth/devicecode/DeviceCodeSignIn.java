package org.o365cli.host.auth.devicecode;

import org.o365cli.host.http.Sleeper;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.device.DeviceAuthorizationRequest;
import com.nimbusds.oauth2.sdk.device.DeviceAuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.device.DeviceCodeGrant;
import com.nimbusds.oauth2.sdk.id.ClientID;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.o365cli.auth.Cancellation;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.auth.SignIn;
import org.o365cli.host.auth.SignInRequest;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.auth.aad.AadErrors;
import org.o365cli.host.http.ServerText;
import org.o365cli.host.auth.aad.JsonExchange;
import org.o365cli.host.auth.aad.JsonReply;
import org.o365cli.host.auth.aad.Scopes;
import org.o365cli.host.auth.aad.TokenAnswer;
import org.o365cli.host.auth.aad.TokenEndpoint;

/**
 * The device authorization grant: shows the user a code to enter on another device, then polls
 * the token endpoint until the user signed in, declined, or the code expired.
 */
public final class DeviceCodeSignIn implements SignIn {

    private static final long DEFAULT_INTERVAL = 5;
    private static final long SLOW_DOWN_STEP = 5;

    private final JsonExchange exchange;
    private final TokenEndpoint tokens;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Consumer<String> prompt;
    private final Cancellation cancellation;

    /**
     * @param exchange     how the device authorization request reaches the network
     * @param tokens       the token endpoint client
     * @param clock        the clock the code's lifetime is counted on
     * @param sleeper      waits between polls
     * @param prompt       where the instructions for the user go (the host prints them on stderr)
     * @param cancellation whether the user asked to stop
     */
    public DeviceCodeSignIn(JsonExchange exchange, TokenEndpoint tokens, Clock clock, Sleeper sleeper,
                            Consumer<String> prompt, Cancellation cancellation) {
        this.exchange = exchange;
        this.tokens = tokens;
        this.clock = clock;
        this.sleeper = sleeper;
        this.prompt = prompt;
        this.cancellation = cancellation;
    }

    @Override
    public TokenSet signIn(SignInRequest request) {
        if (request.endpoints().deviceAuthorization() == null) {
            throw new O365Exception("The issuer " + request.endpoints().issuer() + " has no device authorization endpoint:"
                    + " use --authType browser");
        }
        ClientID clientId = new ClientID(request.appId());
        Scope scope = Scopes.delegated(request);
        Instant start = clock.instant();
        DeviceAuthorizationSuccessResponse authorization = authorize(request, clientId, scope);
        prompt.accept(instructions(authorization));

        Instant deadline = start.plusSeconds(authorization.getLifetime());
        long interval = authorization.getInterval() > 0 ? authorization.getInterval() : DEFAULT_INTERVAL;
        TokenRequest poll = new TokenRequest(request.endpoints().token(), clientId,
                new DeviceCodeGrant(authorization.getDeviceCode()));
        while (true) {
            throwIfCancelled();
            try {
                sleeper.sleep(Duration.ofSeconds(interval));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new O365Exception("Sign-in cancelled", e);
            }
            throwIfCancelled();
            if (!clock.instant().isBefore(deadline)) {
                throw expired(authorization.getLifetime());
            }
            TokenAnswer answer = tokens.send(poll);
            if (answer.succeeded()) {
                return answer.tokens();
            }
            switch (answer.errorCode()) {
                case "authorization_pending" -> {
                    // The user has not finished yet.
                }
                case "slow_down" -> interval += SLOW_DOWN_STEP;
                case "authorization_declined" -> throw new O365Exception("Sign-in was declined on the device login page:"
                        + " run the command again and accept the sign-in");
                case "expired_token" -> throw expired(authorization.getLifetime());
                case "bad_verification_code" -> throw new O365Exception("The identity provider doesn't recognise the device"
                        + " code it issued: run the command again");
                default -> throw AadErrors.signInFailure(answer.error(), GrantType.DEVICE_CODE);
            }
        }
    }

    private DeviceAuthorizationSuccessResponse authorize(SignInRequest request, ClientID clientId, Scope scope) {
        DeviceAuthorizationRequest authorization = new DeviceAuthorizationRequest(request.endpoints().deviceAuthorization(),
                clientId, scope);
        JsonReply reply = exchange.send(authorization.toHTTPRequest(), "the device authorization endpoint");
        try {
            if (reply.ok()) {
                return DeviceAuthorizationSuccessResponse.parse(reply.body());
            }
            ErrorObject error = TokenErrorResponse.parse(reply.body()).getErrorObject();
            if (error != null && error.getCode() != null) {
                throw AadErrors.signInFailure(error, GrantType.DEVICE_CODE);
            }
        } catch (ParseException e) {
            throw new O365Exception("The device authorization endpoint at " + request.endpoints().deviceAuthorization()
                    + " answered something that can't be read: " + ServerText.line(e.getMessage()), e);
        }
        throw new O365Exception("The device authorization endpoint at " + request.endpoints().deviceAuthorization()
                + " answered HTTP " + reply.status() + " without an OAuth error");
    }

    private static String instructions(DeviceAuthorizationSuccessResponse authorization) {
        Object message = authorization.getCustomParameters().get("message");
        // The identity provider's words go to the terminal: no escape sequences, one bounded line.
        if (message instanceof String text && !text.isBlank()) {
            return ServerText.line(text);
        }
        return "To sign in, open " + ServerText.line(String.valueOf(authorization.getVerificationURI())) + " in a browser"
                + " and enter the code " + ServerText.line(authorization.getUserCode().getValue(), 100);
    }

    private static O365Exception expired(long lifetimeSeconds) {
        return new O365Exception("The device code expired after " + describe(lifetimeSeconds)
                + " before sign-in completed: run the command again and sign in sooner");
    }

    private static String describe(long seconds) {
        return seconds % 60 == 0 ? seconds / 60 + (seconds == 60 ? " minute" : " minutes") : seconds + " seconds";
    }

    private void throwIfCancelled() {
        if (cancellation.isCancelled()) {
            throw new O365Exception("Sign-in cancelled");
        }
    }
}
