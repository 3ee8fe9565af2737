package org.o365cli.host.auth.browser;

import java.net.URI;

/** Shows the user a sign-in page; tests pass one that follows the redirect itself. */
@FunctionalInterface
public interface BrowserOpener {

    /**
     * Opens the URL, or tells the user to; returns without waiting for the sign-in.
     *
     * @param url the authorization request URL
     */
    void open(URI url);
}
