package org.o365cli.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.o365cli.sandbox.graph.GraphAnswers;
import org.o365cli.sandbox.sharepoint.SharePointAnswers;
import org.o365cli.sandbox.signin.AadError;
import org.o365cli.sandbox.signin.BearerCheck;
import org.o365cli.sandbox.signin.Resources;

/** Injected failures and token refusals, each in the shape of the service that was called. */
final class Failures {

    private Failures() {
    }

    static SandboxResponse of(ObjectMapper json, Clock clock, SandboxRequest request, int status, int retryAfter) {
        SandboxResponse response;
        if (request.host().equals(Sandbox.LOGIN_HOST)) {
            response = new AadError(status, status == 429 || status == 503 ? "temporarily_unavailable" : "server_error",
                    status == 429 ? 50196 : 90033, "A transient error has occurred. Please try again.").response(json, clock);
        } else if (Resources.sharePointHost(request.host())) {
            response = new SharePointAnswers(json, request).error(status, status == 429 || status == 503
                    ? "-2147024860, Microsoft.SharePoint.SPQueryThrottledException"
                    : "-2146232832, Microsoft.SharePoint.SPException", status == 429 || status == 503
                    ? "The request has been throttled." : "The server failed to process the request.");
        } else {
            String[] codeAndMessage = switch (status) {
                case 429 -> new String[] {"TooManyRequests", "Too many requests. Please retry after the Retry-After delay."};
                case 503 -> new String[] {"serviceNotAvailable", "The service is temporarily unavailable. You may repeat the "
                        + "request after a delay, which may be specified in a Retry-After header."};
                case 504 -> new String[] {"timeout", "The operation timed out."};
                default -> new String[] {"generalException", "An unspecified error has occurred."};
            };
            response = new GraphAnswers(json, clock).error(request, status, codeAndMessage[0], codeAndMessage[1]);
        }
        return status == 429 || status == 503 ? response.withHeader("Retry-After", String.valueOf(retryAfter)) : response;
    }

    static SandboxResponse unauthorized(ObjectMapper json, Clock clock, SandboxRequest request, BearerCheck.Result token) {
        if (Resources.sharePointHost(request.host())) {
            return new SharePointAnswers(json, request).unauthorized(token);
        }
        return new GraphAnswers(json, clock).error(request, 401, "InvalidAuthenticationToken", token.message())
                .withHeader("WWW-Authenticate", "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/"
                        + "common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\"");
    }
}
