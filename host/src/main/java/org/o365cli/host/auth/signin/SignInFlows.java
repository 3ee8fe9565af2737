package org.o365cli.host.auth.signin;

import com.nimbusds.oauth2.sdk.http.HTTPRequestSender;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.o365cli.auth.Cancellation;
import org.o365cli.host.auth.AuthType;
import org.o365cli.host.auth.SignIn;
import org.o365cli.host.auth.SignInRequest;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.auth.aad.JsonExchange;
import org.o365cli.host.auth.aad.TokenEndpoint;
import org.o365cli.host.auth.browser.BrowserOpener;
import org.o365cli.host.auth.browser.BrowserSignIn;
import org.o365cli.host.auth.browser.SystemBrowserOpener;
import org.o365cli.host.auth.clientcredentials.CertificateAssertion;
import org.o365cli.host.auth.clientcredentials.CertificateSignIn;
import org.o365cli.host.auth.clientcredentials.SecretSignIn;
import org.o365cli.host.auth.devicecode.DeviceCodeSignIn;
import org.o365cli.host.http.Sleeper;
import org.o365cli.host.auth.federated.FederatedAssertion;
import org.o365cli.host.auth.federated.FederatedIdentitySignIn;
import org.o365cli.host.auth.identity.ManagedIdentityPlatform;
import org.o365cli.host.auth.identity.ManagedIdentitySignIn;
import org.o365cli.host.auth.password.PasswordSignIn;

/** One sign-in flow per {@link AuthType}, all sending through the host's {@link HTTPRequestSender}. */
public final class SignInFlows implements SignIn {

    private final Map<AuthType, SignIn> flows = new EnumMap<>(AuthType.class);

    /**
     * @param sender         the host's way to the network
     * @param clock          the clock expiries and assertion times are read from
     * @param prompt         where instructions for the user go (the host prints them on stderr)
     * @param cancellation   whether the user asked to stop
     * @param sleeper        waits between device code polls
     * @param browser        shows the user the browser sign-in page
     * @param browserTimeout how long the user has to sign in in the browser
     * @param identity       this machine's managed identity metadata service and Arc token folder
     * @param secrets        registers a secret a flow reads (Azure Arc's key) with the redactor
     */
    public SignInFlows(HTTPRequestSender sender, Clock clock, Consumer<String> prompt, Cancellation cancellation,
                       Sleeper sleeper, BrowserOpener browser, Duration browserTimeout, ManagedIdentityPlatform identity,
                       Consumer<String> secrets) {
        JsonExchange exchange = new JsonExchange(sender);
        TokenEndpoint tokens = new TokenEndpoint(exchange, clock);
        flows.put(AuthType.DEVICE_CODE, new DeviceCodeSignIn(exchange, tokens, clock, sleeper, prompt, cancellation));
        flows.put(AuthType.PASSWORD, new PasswordSignIn(tokens));
        flows.put(AuthType.SECRET, new SecretSignIn(tokens));
        flows.put(AuthType.CERTIFICATE, new CertificateSignIn(tokens, new CertificateAssertion(clock)));
        flows.put(AuthType.BROWSER, new BrowserSignIn(tokens, browser, cancellation, browserTimeout));
        flows.put(AuthType.IDENTITY, new ManagedIdentitySignIn(exchange, clock, identity, secrets));
        flows.put(AuthType.FEDERATED_IDENTITY, new FederatedIdentitySignIn(new FederatedAssertion(exchange), tokens));
    }

    /**
     * The flows as a user runs them: the system clock, real sleeps, the system browser with five
     * minutes to sign in.
     *
     * @param sender       the host's way to the network
     * @param prompt       where instructions for the user go
     * @param cancellation whether the user asked to stop
     * @param identity     this machine's managed identity metadata service and Arc token folder
     * @param secrets      registers a secret a flow reads with the redactor
     * @return the flows
     */
    public static SignInFlows standard(HTTPRequestSender sender, Consumer<String> prompt, Cancellation cancellation,
                                       ManagedIdentityPlatform identity, Consumer<String> secrets) {
        return new SignInFlows(sender, Clock.systemUTC(), prompt, cancellation, Sleeper.system(),
                new SystemBrowserOpener(prompt, System.getProperty("os.name")), BrowserSignIn.DEFAULT_TIMEOUT, identity, secrets);
    }

    /**
     * @param type the auth type
     * @return its flow
     */
    public SignIn forType(AuthType type) {
        return flows.get(type);
    }

    /** Signs in with the flow of the request's auth type. */
    @Override
    public TokenSet signIn(SignInRequest request) {
        return forType(request.authType()).signIn(request);
    }
}
