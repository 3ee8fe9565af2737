package org.o365cli.sandbox.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.o365cli.sandbox.SandboxRequest;
import org.o365cli.sandbox.SandboxResponse;

/**
 * Microsoft Graph's answers: OData JSON with {@code request-id} and {@code client-request-id}
 * headers, and errors as {@code {"error":{"code","message","innerError":{"date","request-id",
 * "client-request-id"}}}} (learn.microsoft.com/graph/errors).
 */
public final class GraphAnswers {

    /** The content type Graph answers JSON with. */
    public static final String JSON = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

    private final ObjectMapper json;
    private final Clock clock;

    /**
     * @param json  the mapper
     * @param clock the time
     */
    public GraphAnswers(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** A JSON answer. */
    public SandboxResponse ok(SandboxRequest request, int status, ObjectNode body) {
        return ids(request, SandboxResponse.of(status, JSON, body.toString()));
    }

    /** 204 No Content, the answer of a successful PATCH. */
    public SandboxResponse noContent(SandboxRequest request) {
        return ids(request, new SandboxResponse(204, java.util.Map.of(), new byte[0]));
    }

    /** An error in Graph's shape. */
    public SandboxResponse error(SandboxRequest request, int status, String code, String message) {
        String requestId = UUID.randomUUID().toString();
        ObjectNode body = json.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        error.put("message", message);
        ObjectNode inner = error.putObject("innerError");
        inner.put("date", DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        inner.put("request-id", requestId);
        inner.put("client-request-id", clientRequestId(request, requestId));
        return SandboxResponse.of(status, "application/json", body.toString())
                .withHeader("request-id", requestId)
                .withHeader("client-request-id", clientRequestId(request, requestId));
    }

    /** A resource that does not exist. */
    public SandboxResponse notFound(SandboxRequest request, String id) {
        return error(request, 404, "Request_ResourceNotFound", "Resource '" + id
                + "' does not exist or one of its queried reference-property objects are not present.");
    }

    /** A route the sandbox does not emulate. */
    public SandboxResponse unknownRoute(SandboxRequest request, String segment) {
        return error(request, 400, "BadRequest", "Resource not found for the segment '" + segment + "'. (The sandbox tenant "
                + "does not emulate " + request.method() + " " + request.uri().getRawPath() + ".)");
    }

    private SandboxResponse ids(SandboxRequest request, SandboxResponse response) {
        String requestId = UUID.randomUUID().toString();
        return response.withHeader("request-id", requestId)
                .withHeader("client-request-id", clientRequestId(request, requestId));
    }

    private static String clientRequestId(SandboxRequest request, String requestId) {
        return request.header("client-request-id").filter(id -> id.matches("[0-9A-Za-z-]{1,64}")).orElse(requestId);
    }
}
