package org.o365cli.plugins.aad;

import org.o365cli.auth.ApiUrl;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.o365cli.auth.ApiRequest;
import org.o365cli.auth.CommandContext;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.TokenMethod;

/**
 * Finds the one directory object of a collection ({@code servicePrincipals}, {@code applications})
 * whose property equals a value, as commands taking {@code --appId} or {@code --displayName} need.
 */
public final class DirectoryLookup {

    private final CommandContext context;
    private final String collection;
    private final String noun;

    /**
     * @param context    the command's context
     * @param collection the Graph collection, e.g. {@code servicePrincipals}
     * @param noun       what its objects are called in messages, e.g. {@code service principal}
     */
    public DirectoryLookup(CommandContext context, String collection, String noun) {
        this.context = context;
        this.collection = collection;
        this.noun = noun;
    }

    /** The object with this object id. */
    public JsonNode byId(String id) {
        String url = ApiUrl.onConnection(context, "/v1.0/" + collection).segment(id).toString();
        return context.http().json(ApiRequest.get(url).withToken(TokenMethod.ENSURE));
    }

    /**
     * The only object whose {@code property} equals {@code value}.
     *
     * @throws O365Exception when there is none, or several (their ids listed)
     */
    public JsonNode only(String property, String value) {
        String url = ApiUrl.onConnection(context, "/v1.0/" + collection)
                .query("$filter", property + " eq " + ApiUrl.literal(value)).toString();
        List<JsonNode> found;
        try (Stream<JsonNode> items = context.http().pages(ApiRequest.get(url).withToken(TokenMethod.ENSURE))) {
            found = items.toList();
        }
        if (found.isEmpty()) {
            throw new O365Exception("No " + noun + " with " + property + " '" + value + "' in the tenant; check the value");
        }
        if (found.size() > 1) {
            String ids = found.stream().map(item -> item.path("id").asText()).collect(Collectors.joining(", "));
            throw new O365Exception(found.size() + " " + noun + "s have " + property + " '" + value + "' (ids " + ids
                    + "); pick one by its id or appId");
        }
        return found.get(0);
    }
}
