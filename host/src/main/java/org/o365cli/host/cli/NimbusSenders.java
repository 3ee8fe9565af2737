package org.o365cli.host.cli;

import com.nimbusds.oauth2.sdk.http.HTTPRequestSender;
import org.o365cli.host.http.HttpStack;
import org.o365cli.host.http.NimbusSender;

/**
 * Makes the nimbus sender over the HTTP stack. It lives apart from {@link AuthWiring} because the
 * JVM, verifying a class, loads the interface a value is passed as: were this in AuthWiring, every
 * run, {@code --version} included, would load nimbus.
 */
final class NimbusSenders {

    private NimbusSenders() {
    }

    static HTTPRequestSender over(HttpStack stack) {
        return new NimbusSender(stack);
    }
}
