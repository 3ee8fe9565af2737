package org.o365cli.sandbox.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.o365cli.sandbox.Form;

/**
 * One page of a Graph collection: {@code $filter}, {@code $select}, {@code $top} (default 100,
 * at most 999) and an opaque {@code $skiptoken} in {@code @odata.nextLink}, which repeats the
 * request's other query options. Items are made one at a time, so a page costs its own items only.
 */
final class Collection {

    static final int DEFAULT_PAGE = 100;
    static final int MAX_PAGE = 999;

    private final ObjectMapper json;

    Collection(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param base    the collection's URL without query, e.g. {@code https://graph.microsoft.com/v1.0/users}
     * @param context the {@code @odata.context} without select, e.g. {@code https://graph.microsoft.com/v1.0/$metadata#users}
     * @param query   the request's query options
     * @param size    how many items the collection has
     * @param item    the item at a position
     * @return the page
     * @throws IllegalArgumentException for a query option Graph would refuse, in Graph's words
     */
    ObjectNode page(String base, String context, Form query, int size, IntFunction<ObjectNode> item) {
        Predicate<JsonNode> filter = ODataFilter.parse(query.get("$filter").orElse(null));
        List<String> select = Select.parse(query.get("$select").orElse(null));
        int top = top(query.get("$top").orElse(null));
        int position = start(query.get("$skiptoken").orElse(null));
        ObjectNode page = json.createObjectNode();
        page.put("@odata.context", select.isEmpty() ? context : context + "(" + String.join(",", select) + ")");
        ArrayNode values = json.createArrayNode();
        while (position < size && values.size() < top) {
            ObjectNode candidate = item.apply(position++);
            if (filter.test(candidate)) {
                values.add(Select.apply(json, candidate, select));
            }
        }
        if (position < size && hasMore(position, size, item, filter)) {
            page.put("@odata.nextLink", next(base, query, position));
        }
        page.set("value", values);
        return page;
    }

    // Graph gives no next link after the last page; look ahead only as far as the next match.
    private static boolean hasMore(int position, int size, IntFunction<ObjectNode> item, Predicate<JsonNode> filter) {
        for (int i = position; i < size; i++) {
            if (filter.test(item.apply(i))) {
                return true;
            }
        }
        return false;
    }

    private static String next(String base, Form query, int position) {
        Map<String, String> options = new LinkedHashMap<>(query.all());
        options.remove("$skiptoken");
        options.put("$skiptoken", Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("sbx:" + position).getBytes(StandardCharsets.UTF_8)));
        StringBuilder url = new StringBuilder(base);
        char separator = '?';
        for (Map.Entry<String, String> option : options.entrySet()) {
            url.append(separator).append(option.getKey()).append('=')
                    .append(URLEncoder.encode(option.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
            separator = '&';
        }
        return url.toString();
    }

    private static int top(String value) {
        if (value == null) {
            return DEFAULT_PAGE;
        }
        try {
            int top = Integer.parseInt(value.trim());
            if (top >= 1 && top <= MAX_PAGE) {
                return top;
            }
        } catch (NumberFormatException e) {
            // falls through to Graph's message
        }
        throw new IllegalArgumentException("Invalid page size specified: '" + value + "'. Must be between 1 and "
                + MAX_PAGE + " inclusive.");
    }

    private static int start(String skipToken) {
        if (skipToken == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(skipToken), StandardCharsets.UTF_8);
            if (decoded.startsWith("sbx:")) {
                return Math.max(0, Integer.parseInt(decoded.substring(4)));
            }
        } catch (IllegalArgumentException e) {
            // falls through
        }
        throw new IllegalArgumentException("Invalid $skiptoken value '" + skipToken + "'.");
    }
}
