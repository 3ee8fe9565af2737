package org.o365cli.sandbox.sharepoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.o365cli.sandbox.SandboxRequest;
import org.o365cli.sandbox.SandboxResponse;
import org.o365cli.sandbox.directory.Seed;
import org.o365cli.sandbox.signin.BearerCheck;

/**
 * SharePoint REST answers in the OData flavour the request's {@code Accept} header picks
 * ({@code odata=verbose}, {@code odata=nometadata}, else minimal metadata), as the wire facts
 * table gives them: entities, function results, collections and errors.
 */
public final class SharePointAnswers {

    private final ObjectMapper json;
    private final SandboxRequest request;
    private final Flavour flavour;
    private final String correlation = UUID.randomUUID().toString();

    /**
     * @param json    the mapper
     * @param request the request being answered
     */
    public SharePointAnswers(ObjectMapper json, SandboxRequest request) {
        this.json = json;
        this.request = request;
        String accept = request.header("Accept").orElse("").toLowerCase(Locale.ROOT);
        this.flavour = accept.contains("odata=verbose") ? Flavour.VERBOSE
                : accept.contains("odata=nometadata") || accept.contains("odata.metadata=none") ? Flavour.NONE : Flavour.MINIMAL;
    }

    /** An entity, e.g. {@code GET _api/web}. */
    public SandboxResponse entity(ObjectNode entity, String type) {
        ObjectNode body = entity.deepCopy();
        return switch (flavour) {
            case VERBOSE -> {
                ObjectNode metadata = json.createObjectNode();
                metadata.put("id", request.uri().toString());
                metadata.put("uri", request.uri().toString());
                metadata.put("type", type);
                ObjectNode d = json.createObjectNode();
                d.set("__metadata", metadata);
                d.setAll(body);
                yield ok(wrap(d));
            }
            case NONE -> ok(body);
            case MINIMAL -> ok(metadata(body, type + "@Element"));
        };
    }

    /** A function's result, e.g. {@code POST _api/contextinfo} ({@code name} GetContextWebInformation). */
    public SandboxResponse function(String name, ObjectNode result, String type) {
        if (flavour == Flavour.VERBOSE) {
            ObjectNode inner = json.createObjectNode();
            inner.putObject("__metadata").put("type", type);
            inner.setAll(result);
            ObjectNode d = json.createObjectNode();
            d.set(name, inner);
            return ok(wrap(d));
        }
        return flavour == Flavour.NONE ? ok(result) : ok(metadata(result.deepCopy(), type));
    }

    /** A collection, e.g. {@code GET …/AvailableApps}. */
    public SandboxResponse collection(List<ObjectNode> items, String type) {
        ArrayNode values = json.createArrayNode();
        items.forEach(values::add);
        ObjectNode body = json.createObjectNode();
        if (flavour == Flavour.VERBOSE) {
            body.putObject("d").set("results", values);
            return ok(body);
        }
        if (flavour == Flavour.MINIMAL) {
            body.put("odata.metadata", request.origin() + "/_api/$metadata#" + type);
        }
        body.set("value", values);
        return ok(body);
    }

    /** A function with no result, e.g. an app's {@code Install}. */
    public SandboxResponse noResult(String name) {
        ObjectNode body = json.createObjectNode();
        if (flavour == Flavour.VERBOSE) {
            body.putObject("d").putNull(name);
        } else {
            body.put("odata.null", true);
        }
        return ok(body);
    }

    /** An error: {@code odata.error}, or {@code error} for verbose. */
    public SandboxResponse error(int status, String code, String message) {
        ObjectNode body = json.createObjectNode();
        ObjectNode error = body.putObject(flavour == Flavour.VERBOSE ? "error" : "odata.error");
        error.put("code", code);
        ObjectNode text = error.putObject("message");
        text.put("lang", "en-US");
        text.put("value", message);
        return headers(SandboxResponse.of(status, contentType(), body.toString()));
    }

    /** The 401 SharePoint answers a bad token with. */
    public SandboxResponse unauthorized(BearerCheck.Result token) {
        String diagnostics = token.failure() == BearerCheck.Failure.AUDIENCE
                ? "2000003;reason=\"" + token.message() + "\";category=\"invalid_client\""
                : "2000001;reason=\"There has been an error authenticating the request.\";category=\"invalid_client\"";
        String description = token.failure() == BearerCheck.Failure.EXPIRED ? "Invalid JWT token. The token is expired."
                : token.failure() == BearerCheck.Failure.AUDIENCE ? "Invalid audience Uri." : "Invalid JWT token. " + token.message();
        ObjectNode body = json.createObjectNode().put("error_description", description);
        return headers(SandboxResponse.of(401, "application/json; charset=utf-8", body.toString()))
                .withHeader("x-ms-diagnostics", diagnostics)
                .withHeader("WWW-Authenticate", "Bearer realm=\"" + Seed.TENANT_ID + "\",client_id=\""
                        + Seed.SHAREPOINT_APP_ID + "\",trusted_issuers=\"00000001-0000-0000-c000-000000000000@*,"
                        + "https://sts.windows.net/*/\",authorization_uri=\"https://login.windows.net/common/oauth2/authorize\"");
    }

    /** A route the sandbox does not emulate, named in SharePoint's words. */
    public SandboxResponse unknownRoute() {
        return error(404, "-1, Microsoft.SharePoint.Client.ResourceNotFoundException", "Cannot find resource for the request "
                + request.uri().getRawPath().replaceFirst("^.*?/_api/", "") + ". (The sandbox tenant does not emulate "
                + request.method() + " " + request.uri().getRawPath() + ".)");
    }

    /** The correlation id of this answer, as {@code SPRequestGuid} carries it. */
    public String correlation() {
        return correlation;
    }

    /** A raw JSON answer (CSOM). */
    public SandboxResponse raw(JsonNode body) {
        return headers(SandboxResponse.of(200, "application/json; charset=utf-8", body.toString()));
    }

    private ObjectNode wrap(ObjectNode d) {
        ObjectNode body = json.createObjectNode();
        body.set("d", d);
        return body;
    }

    private ObjectNode metadata(ObjectNode body, String type) {
        ObjectNode withMetadata = json.createObjectNode();
        withMetadata.put("odata.metadata", request.origin() + "/_api/$metadata#" + type);
        withMetadata.setAll(body);
        return withMetadata;
    }

    private SandboxResponse ok(ObjectNode body) {
        return headers(SandboxResponse.of(200, contentType(), body.toString()));
    }

    private String contentType() {
        return "application/json;odata=" + switch (flavour) {
            case VERBOSE -> "verbose";
            case NONE -> "nometadata";
            case MINIMAL -> "minimalmetadata";
        } + ";streaming=true;charset=utf-8";
    }

    private SandboxResponse headers(SandboxResponse response) {
        return response.withHeader("SPRequestGuid", correlation).withHeader("request-id", correlation)
                .withHeader("X-SharePointHealthScore", "0");
    }

    private enum Flavour { VERBOSE, NONE, MINIMAL }
}
