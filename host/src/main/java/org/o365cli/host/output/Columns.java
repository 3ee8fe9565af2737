package org.o365cli.host.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a list of items and each item's cells. An item that is not an object (in a list of names,
 * say) is one cell in a column named {@value #VALUE}.
 */
final class Columns {

    static final String VALUE = "value";

    private Columns() {
    }

    /** Every key of every item, in the order first seen. */
    static List<String> union(Iterable<JsonNode> items) {
        Set<String> columns = new LinkedHashSet<>();
        for (JsonNode item : items) {
            columns.addAll(of(item));
        }
        return List.copyOf(columns);
    }

    /** The keys of one item. */
    static List<String> of(JsonNode item) {
        if (!item.isObject()) {
            return List.of(VALUE);
        }
        return item.properties().stream().map(Map.Entry::getKey).toList();
    }

    /** The item's value under each column; null where it has none. */
    static List<JsonNode> cells(JsonNode item, List<String> columns) {
        List<JsonNode> cells = new ArrayList<>(columns.size());
        for (String column : columns) {
            if (item.isObject()) {
                cells.add(item.get(column));
            } else {
                cells.add(VALUE.equals(column) ? item : null);
            }
        }
        return cells;
    }
}
