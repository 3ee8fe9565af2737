package org.o365cli.host.auth.aad;

import com.nimbusds.oauth2.sdk.Scope;
import org.o365cli.auth.Resource;

/** The scopes Azure AD v2 takes for a resource: one resource a request. */
public final class Scopes {

    private Scopes() {
    }

    /**
     * For flows with a user: the app's permissions on the resource, a refresh token and the user's identity.
     *
     * @param resource the resource
     * @return {@code <resource>/.default offline_access openid profile}
     */
    public static Scope delegated(Resource resource) {
        return new Scope(resource.defaultScope(), "offline_access", "openid", "profile");
    }

    /**
     * For flows with a user: the request's permissions by name when it names some (with the user's identity,
     * no refresh token: a one-off sign-in), else {@link #delegated(Resource)}.
     *
     * @param request the sign-in request
     * @return e.g. {@code https://graph.microsoft.com/Application.ReadWrite.All openid profile}
     */
    public static Scope delegated(org.o365cli.host.auth.SignInRequest request) {
        if (request.permissions().isEmpty()) {
            return delegated(request.resource());
        }
        Scope scope = new Scope();
        request.permissions().forEach(permission -> scope.add(request.resource().uri() + "/" + permission));
        scope.add("openid");
        scope.add("profile");
        return scope;
    }

    /**
     * For app-only flows: the app's permissions on the resource.
     *
     * @param resource the resource
     * @return {@code <resource>/.default}
     */
    public static Scope appOnly(Resource resource) {
        return new Scope(resource.defaultScope());
    }
}
