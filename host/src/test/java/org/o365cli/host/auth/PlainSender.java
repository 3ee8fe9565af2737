package org.o365cli.host.auth;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPRequestSender;
import com.nimbusds.oauth2.sdk.http.ReadOnlyHTTPRequest;
import com.nimbusds.oauth2.sdk.http.ReadOnlyHTTPResponse;
import java.io.IOException;

/**
 * Sends with nimbus's own HttpURLConnection transport ({@code HTTPRequest.send()}): oauth2-oidc-sdk
 * 11.30 has no public default {@link HTTPRequestSender} class, so tests copy the request into a
 * fresh {@link HTTPRequest} and let nimbus send it, as the host's sender will later do its own way.
 */
public final class PlainSender implements HTTPRequestSender {

    @Override
    public ReadOnlyHTTPResponse send(ReadOnlyHTTPRequest request) throws IOException {
        HTTPRequest copy = new HTTPRequest(request.getMethod(), request.getURI());
        request.getHeaderMap().forEach((name, values) -> copy.setHeader(name, values.toArray(String[]::new)));
        copy.setBody(request.getBody());
        copy.setConnectTimeout(request.getConnectTimeout() > 0 ? request.getConnectTimeout() : 5_000);
        copy.setReadTimeout(request.getReadTimeout() > 0 ? request.getReadTimeout() : 10_000);
        copy.setFollowRedirects(false);
        return copy.send();
    }
}
