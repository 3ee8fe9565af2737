package org.o365cli.plugins.spo.app;

import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.TokenMethod;
import org.o365cli.plugins.spo.csom.FormDigests;

/**
 * An action on an app of a catalog ({@code install}, {@code uninstall}) on a site the user gave:
 * its token comes from getAccessToken, so the spo connection, wherever it is, stays untouched.
 */
final class AppAction {

    private final CommandContext context;
    private final FormDigests digests;

    AppAction(CommandContext context) {
        this.context = context;
        this.digests = new FormDigests(context.http());
    }

    void run(String action, String siteUrl, AppCatalogScope scope, String id) {
        String digest = digests.digest(siteUrl, TokenMethod.GET);
        context.http().send(ApiRequest.post(scope.endpoint(siteUrl) + "/AvailableApps/GetById('" + id + "')/" + action)
                .withHeader("Accept", "application/json;odata=nometadata")
                .withHeader("X-RequestDigest", digest)
                .withToken(TokenMethod.GET));
    }
}
