package org.o365cli.host.auth.aad;

import com.nimbusds.oauth2.sdk.ErrorObject;
import org.o365cli.host.auth.TokenSet;

/**
 * What a token endpoint answered: tokens, or an OAuth error.
 *
 * @param tokens the tokens, or null when refused
 * @param error  the error, or null when tokens were issued
 */
public record TokenAnswer(TokenSet tokens, ErrorObject error) {

    /** True when tokens were issued. */
    public boolean succeeded() {
        return tokens != null;
    }

    /** The OAuth error code, e.g. {@code authorization_pending}, or null on success. */
    public String errorCode() {
        return error == null ? null : error.getCode();
    }
}
