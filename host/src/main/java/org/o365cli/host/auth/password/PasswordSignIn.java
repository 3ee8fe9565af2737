package org.o365cli.host.auth.password;

import com.nimbusds.oauth2.sdk.ResourceOwnerPasswordCredentialsGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.auth.SignIn;
import org.o365cli.host.auth.SignInRequest;
import org.o365cli.host.auth.TokenSet;
import org.o365cli.host.auth.aad.AuthorityResolver;
import org.o365cli.host.auth.aad.Scopes;
import org.o365cli.host.auth.aad.TokenEndpoint;

/**
 * Resource owner password credentials (ROPC): the user's name and password sent to the token
 * endpoint. Work and school accounts only, without MFA or federation, and never against the
 * {@code common} or {@code consumers} tenant.
 */
public final class PasswordSignIn implements SignIn {

    private static final Set<String> REFUSED_TENANTS = Set.of("common", "consumers");

    private final TokenEndpoint tokens;

    /** @param tokens the token endpoint client */
    public PasswordSignIn(TokenEndpoint tokens) {
        this.tokens = tokens;
    }

    @Override
    public TokenSet signIn(SignInRequest request) {
        String tenant = tenant(request);
        if (tenant != null && REFUSED_TENANTS.contains(tenant.toLowerCase(Locale.ROOT))) {
            throw new O365Exception("Password sign-in doesn't work with the '" + tenant + "' tenant:"
                    + " use --tenant organizations or your tenant's domain, such as contoso.onmicrosoft.com");
        }
        if (request.userName() == null || request.userName().isBlank() || request.password() == null) {
            throw new O365Exception("Password sign-in needs --userName and --password");
        }
        ResourceOwnerPasswordCredentialsGrant grant = new ResourceOwnerPasswordCredentialsGrant(request.userName(),
                new Secret(request.password()));
        return tokens.redeem(new TokenRequest(request.endpoints().token(), new ClientID(request.appId()), grant,
                Scopes.delegated(request)));
    }

    /** The tenant as given, else the last segment of an Azure AD authority such as {@code https://login.microsoftonline.com/common}. */
    private static String tenant(SignInRequest request) {
        if (request.tenant() != null) {
            return request.tenant();
        }
        URI issuer = URI.create(request.endpoints().issuer());
        if (!AuthorityResolver.isAzureAd(issuer) || issuer.getPath() == null) {
            return null;
        }
        String path = issuer.getPath().replaceAll("/+$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
