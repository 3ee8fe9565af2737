package org.o365cli.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * How Microsoft Graph fails a call, in its documented error shape, and what the user reads then: use it with
 * {@code @EnumSource(GraphFailure.class)} to check every failure of a command.
 */
public enum GraphFailure {
    /** 404 {@code Request_ResourceNotFound}. */
    NOT_FOUND(404, "Request_ResourceNotFound", "Resource 'x' does not exist or one of its queried reference-property objects are not present."),
    /** 403 {@code Authorization_RequestDenied}. */
    FORBIDDEN(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation."),
    /** 200 with a sign-in page, as a captive portal or a misrouted proxy answers. */
    HTML_PAGE(200, null, "answered with an HTML page instead of JSON");

    /** The request id Graph gives a failed request, in its headers and its error's innerError. */
    public static final String REQUEST_ID = "b3c9f1de-2a47-4f0e-9d6c-8e1f2a3b4c5d";

    private final int status;
    private final String code;
    private final String message;

    GraphFailure(int status, String code, String message) {
        this.status = status;
        this.code = code;
        this.message = message;
    }

    /**
     * The answer Graph gives.
     *
     * @return the stub's answer
     */
    public ResponseDefinitionBuilder response() {
        if (code == null) {
            return aResponse().withStatus(status).withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Sign in to continue</body></html>");
        }
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("request-id", REQUEST_ID).withHeader("client-request-id", REQUEST_ID)
                .withBody("{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"innerError\":{"
                        + "\"date\":\"2026-12-01T14:00:00\",\"request-id\":\"" + REQUEST_ID + "\",\"client-request-id\":\""
                        + REQUEST_ID + "\"}}}");
    }

    /**
     * What the one-line error holds: Graph's message, its code and its request id when Graph answered JSON.
     *
     * @return the text to find in the error
     */
    public String message() {
        return code == null ? message : message + " [" + code + "] (request id " + REQUEST_ID + ")";
    }
}
