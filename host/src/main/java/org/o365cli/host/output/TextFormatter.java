package org.o365cli.host.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * For people at a terminal: an object as aligned {@code key: value} lines, a list with any object in it as a
 * {@link TextTable}, a list of scalars one per line, a scalar as its text. Objects and arrays inside a value are
 * compact JSON, and a line break inside a value becomes a space, so that every property and every row stays one
 * line for grep. A paged result is buffered whole, because alignment needs every row.
 */
final class TextFormatter implements Formatter {

    private final List<String> columns;

    /** @param columns the table's columns, or empty for every key of every item in the order first seen */
    TextFormatter(List<String> columns) {
        this.columns = columns;
    }

    @Override
    public void write(JsonNode value, PrintWriter out) {
        if (value.isArray()) {
            writeList(value, out);
        } else if (value.isObject()) {
            writeProperties(value, out);
        } else {
            // A lone value prints whole, line breaks included, so that a query can extract e.g. a text body.
            out.print(Cells.text(value) + "\n");
        }
    }

    @Override
    public void writeStream(Iterator<JsonNode> items, PrintWriter out) {
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        items.forEachRemaining(all::add);
        write(all, out);
    }

    private void writeList(JsonNode list, PrintWriter out) {
        if (StreamSupport.stream(list.spliterator(), false).noneMatch(JsonNode::isObject)) {
            list.forEach(item -> out.print(cell(item) + "\n"));
            return;
        }
        List<String> shown = columns.isEmpty() ? Columns.union(list) : columns;
        List<List<String>> rows = StreamSupport.stream(list.spliterator(), false)
                .map(item -> Columns.cells(item, shown).stream().map(TextFormatter::cell).toList())
                .toList();
        TextTable.print(shown, rows, out);
    }

    private static void writeProperties(JsonNode object, PrintWriter out) {
        int width = object.properties().stream()
                .mapToInt(property -> Cells.width(property.getKey() + ":"))
                .max().orElse(0);
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            String label = Cells.padRight(property.getKey() + ":", width);
            out.print((label + " " + Cells.text(property.getValue(), " ")).stripTrailing() + "\n");
        }
    }

    private static String cell(JsonNode value) {
        return Cells.text(value, " ");
    }
}
