package org.o365cli.host.util;

import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.o365cli.auth.AccessToken;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.Resource;
import org.o365cli.host.auth.Authentication;
import org.o365cli.host.auth.ConnectionPicker;
import org.o365cli.host.output.RawText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code o365 util accesstoken get}: the one command that prints a token, because the user asks
 * for it. The token comes from getAccessToken: a new token for the connection's own resource
 * replaces its main token (so {@code status} shows the new expiry); others are kept beside it.
 */
@Command(name = "get", description = "Print an access token for a resource, from a connection's refresh token or app-only grant.",
        footer = {"", "The token is printed as plain text, whatever --output says; with --decoded its header and claims",
                "are printed as data instead (no signature).", "", "Examples:",
                "  o365 util accesstoken get --resource graph",
                "  curl -H \"Authorization: Bearer $(o365 util accesstoken get --resource https://contoso.sharepoint.com)\" …",
                "  o365 util accesstoken get --resource graph --decoded --query payload.scp"})
public final class AccessTokenGetCommand implements Callable<Object> {

    @Option(names = {"-r", "--resource"}, required = true, paramLabel = "<resource>",
            description = "A resource or any URL on it, or 'graph' or 'sharepoint' for your tenant's.")
    String resource;

    @Option(names = "--new", description = "Ask the identity provider for a new token even when a cached one is valid.")
    boolean forceNew;

    @Option(names = "--decoded", description = "Print the token's header and claims instead of the token.")
    boolean decoded;

    @Option(names = "--service", paramLabel = "<service>",
            description = "The connection to use; by default the one for the resource, or the only one.")
    String service;

    private final ConnectionPicker picker;
    private final Authentication authentication;

    /**
     * @param picker         chooses the connection
     * @param authentication gives its Auth
     */
    public AccessTokenGetCommand(ConnectionPicker picker, Authentication authentication) {
        this.picker = picker;
        this.authentication = authentication;
    }

    @Override
    public Object call() {
        Resource target = picker.resolve(resource, service);
        AccessToken token = authentication.forUser(picker.pick(target, service)).getAccessToken(target.uri(), forceNew);
        return decoded ? decode(token.value()) : new RawText(token.value() + System.lineSeparator());
    }

    private static Map<String, Object> decode(String token) {
        try {
            JWT jwt = JWTParser.parse(token);
            if (jwt instanceof EncryptedJWT) {
                throw new O365Exception("This token is encrypted (JWE): only the API it is for can read it;"
                        + " print it without --decoded");
            }
            Map<String, Object> parts = new LinkedHashMap<>();
            parts.put("header", jwt.getHeader().toJSONObject());
            parts.put("payload", jwt.getJWTClaimsSet().toJSONObject());
            return parts;
        } catch (ParseException e) {
            throw new O365Exception("This token is not a JWT, so it cannot be decoded; print it without --decoded");
        }
    }
}
