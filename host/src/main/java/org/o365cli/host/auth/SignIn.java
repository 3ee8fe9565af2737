package org.o365cli.host.auth;

/**
 * One way to sign in ({@code --authType}): asks the identity provider for tokens for the
 * request's resource. Delegated flows ask for {@code <resource>/.default offline_access openid profile},
 * app-only flows for {@code <resource>/.default}, managed identity for the resource itself.
 */
public interface SignIn {

    /**
     * @param request who signs in, to what, with which credentials
     * @return the tokens issued
     * @throws org.o365cli.auth.O365Exception with a one-line message when sign-in fails or is cancelled
     */
    TokenSet signIn(SignInRequest request);
}
