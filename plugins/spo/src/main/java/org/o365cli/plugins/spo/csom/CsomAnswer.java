package org.o365cli.plugins.spo.csom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.o365cli.auth.O365Exception;

/**
 * The answer of a CSOM ProcessQuery: a JSON array whose first element is a header, then pairs of an
 * action's {@code Id} and that action's result. Every {@code ObjectPath} action adds its own
 * {@code {"IsNull":false}} pair and a {@code Method} without a return value adds none, so results are
 * found by their action's Id, never by their place in the array.
 */
public final class CsomAnswer {

    private final String where;
    private final Map<Integer, JsonNode> results;

    private CsomAnswer(String where, Map<Integer, JsonNode> results) {
        this.where = where;
        this.results = results;
    }

    /**
     * Reads an answer.
     *
     * @param answer the JSON SharePoint answered
     * @param where  the request, e.g. {@code POST https://contoso-admin.sharepoint.com/_vti_bin/client.svc/ProcessQuery}
     * @return the answer, its results by action Id
     * @throws O365Exception with SharePoint's message, type, code and correlation id when the header reports an error,
     *                       or when the answer is not a CSOM answer
     */
    public static CsomAnswer read(JsonNode answer, String where) {
        if (!answer.isArray() || answer.isEmpty() || !answer.get(0).isObject()) {
            throw notCsom(where, "it is not a JSON array starting with a header");
        }
        JsonNode header = answer.get(0);
        JsonNode error = header.path("ErrorInfo");
        if (error.isObject()) {
            throw new O365Exception(where + " failed: " + describe(error, header));
        }
        if (answer.size() % 2 == 0) {
            throw notCsom(where, "its action results do not come in pairs of an action Id and a result");
        }
        Map<Integer, JsonNode> results = new HashMap<>();
        for (int i = 1; i < answer.size(); i += 2) {
            JsonNode id = answer.get(i);
            if (!id.isIntegralNumber() || !id.canConvertToInt()) {
                throw notCsom(where, "element " + i + " is not an action Id");
            }
            results.put(id.asInt(), answer.get(i + 1));
        }
        return new CsomAnswer(where, results);
    }

    /**
     * The result of one action of the request.
     *
     * @param actionId the {@code Id} of the action in the request's {@code <Actions>}
     * @return its result
     * @throws O365Exception when the answer holds no result for that action
     */
    public JsonNode result(int actionId) {
        JsonNode result = results.get(actionId);
        if (result == null) {
            throw new O365Exception(where + " answered without a result for its action " + actionId
                    + "; check that the site is a SharePoint Online site and run again with --debug to see the answer");
        }
        return result;
    }

    private static String describe(JsonNode error, JsonNode header) {
        String message = oneLine(error.path("ErrorMessage").asText("unknown error"));
        String type = error.path("ErrorTypeName").asText("");
        String code = error.path("ErrorCode").isValueNode() ? error.path("ErrorCode").asText() : "";
        String correlation = error.path("TraceCorrelationId").asText(header.path("TraceCorrelationId").asText(""));
        String kind = (type + " " + code).trim();
        return message + (kind.isEmpty() ? "" : " [" + kind + "]") + (correlation.isEmpty() ? "" : " (correlation id " + correlation + ")");
    }

    private static O365Exception notCsom(String where, String why) {
        return new O365Exception(where + " answered with something other than a CSOM answer (" + why
                + "); check that the URL is a SharePoint Online site");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
