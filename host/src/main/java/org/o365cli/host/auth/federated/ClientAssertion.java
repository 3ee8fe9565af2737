package org.o365cli.host.auth.federated;

import com.nimbusds.oauth2.sdk.SerializeException;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.JWTAuthentication;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Client authentication with someone else's token as the JWT-bearer client assertion (RFC 7521):
 * {@code client_id}, {@code client_assertion_type}, {@code client_assertion}. Unlike nimbus's
 * {@link com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT}, the assertion is passed as it is: a federated
 * token's issuer and subject are the external provider's, not the client id.
 */
final class ClientAssertion extends ClientAuthentication {

    private final String assertion;

    ClientAssertion(ClientID clientId, String assertion) {
        super(ClientAuthenticationMethod.PRIVATE_KEY_JWT, clientId);
        this.assertion = assertion;
    }

    @Override
    public Set<String> getFormParameterNames() {
        return Set.of("client_id", "client_assertion_type", "client_assertion");
    }

    @Override
    public void applyTo(HTTPRequest request) {
        if (request.getMethod() != HTTPRequest.Method.POST) {
            throw new SerializeException("A client assertion goes in a POST form");
        }
        Map<String, List<String>> form = new LinkedHashMap<>(URLUtils.parseParameters(request.getBody()));
        form.put("client_id", List.of(getClientID().getValue()));
        form.put("client_assertion_type", List.of(JWTAuthentication.CLIENT_ASSERTION_TYPE));
        form.put("client_assertion", List.of(assertion));
        request.setBody(URLUtils.serializeParameters(form));
    }
}
