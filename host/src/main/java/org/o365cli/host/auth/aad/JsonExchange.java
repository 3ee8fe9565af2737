package org.o365cli.host.auth.aad;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPRequestSender;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import java.io.IOException;
import net.minidev.json.JSONObject;

/**
 * Sends one request through the host's {@link HTTPRequestSender} and reads a JSON object back,
 * whatever the status. A failure to connect, or an answer that is not a JSON object (a proxy's
 * HTML page, a bare 502), becomes a one-line {@link org.o365cli.auth.O365Exception} naming the
 * status and the endpoint, never the body.
 */
public final class JsonExchange {

    private final HTTPRequestSender sender;

    /** @param sender the host's way to the network */
    public JsonExchange(HTTPRequestSender sender) {
        this.sender = sender;
    }

    /**
     * @param request the request, built with nimbus
     * @param what    the endpoint in words for messages, e.g. {@code the token endpoint}
     * @return the status and the JSON object answered
     */
    public JsonReply send(HTTPRequest request, String what) {
        return send(request, what, false);
    }

    /**
     * Like {@link #send}, but a 401 is answered whatever its body, with its {@code WWW-Authenticate}
     * challenge (Azure Arc's first answer is only that challenge).
     *
     * @param request the request, built with nimbus
     * @param what    the endpoint in words for messages
     * @return the status, the JSON object answered (empty for a challenge without one) and the challenge
     */
    public JsonReply sendForChallenge(HTTPRequest request, String what) {
        return send(request, what, true);
    }

    private JsonReply send(HTTPRequest request, String what, boolean challengeAnswers) {
        HTTPResponse response;
        try {
            response = request.send(sender);
        } catch (IOException e) {
            throw AadErrors.unreachable(what, request.getURI(), e);
        }
        String challenge = response.getStatusCode() == 401 ? response.getHeaderValue("WWW-Authenticate") : null;
        String body = response.getBody();
        if (challengeAnswers && response.getStatusCode() == 401 && (body == null || !body.stripLeading().startsWith("{"))) {
            return new JsonReply(401, new JSONObject(), challenge);
        }
        if (body == null || !body.stripLeading().startsWith("{")) {
            throw AadErrors.unreadable(what, request.getURI(), response.getStatusCode(), response.getStatusMessage());
        }
        try {
            JSONObject json = JSONObjectUtils.parse(body);
            return new JsonReply(response.getStatusCode(), json, challenge);
        } catch (ParseException e) {
            throw AadErrors.unreadable(what, request.getURI(), response.getStatusCode(), response.getStatusMessage());
        }
    }
}
