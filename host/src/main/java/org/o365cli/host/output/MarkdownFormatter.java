package org.o365cli.host.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A GitHub-flavoured Markdown table, for pasting into issues and wikis. In a cell {@code |} becomes {@code \|}
 * and a line break {@code <br>}, the only way to keep a row on one line. Cells are not padded, so a paged result
 * prints row by row, its header from the first item (see {@link RowWriter#writeStream}). A single object is a
 * {@code | Property | Value |} table; a scalar is one escaped line.
 */
final class MarkdownFormatter implements Formatter, RowWriter.Style {

    @Override
    public void write(JsonNode value, PrintWriter out) {
        if (value.isArray()) {
            RowWriter.writeAll(this, value, out);
        } else if (value.isObject()) {
            writeProperties(value, out);
        } else {
            out.print(escape(value) + "\n");
        }
    }

    @Override
    public void writeStream(Iterator<JsonNode> items, PrintWriter out) {
        RowWriter.writeStream(this, items, out);
    }

    @Override
    public void header(List<String> columns, PrintWriter out) {
        row(columns.stream().<JsonNode>map(TextNode::valueOf).toList(), out);
        out.print("|" + String.join("|", Collections.nCopies(columns.size(), " --- ")) + "|\n");
    }

    @Override
    public void row(List<JsonNode> cells, PrintWriter out) {
        out.print(cells.stream().map(MarkdownFormatter::escape).collect(Collectors.joining(" | ", "| ", " |\n")));
    }

    private void writeProperties(JsonNode object, PrintWriter out) {
        if (object.isEmpty()) {
            return;
        }
        header(List.of("Property", "Value"), out);
        object.properties().forEach(property ->
                row(List.of(TextNode.valueOf(property.getKey()), property.getValue()), out));
    }

    private static String escape(JsonNode value) {
        return Cells.text(value, "<br>").replace("|", "\\|");
    }
}
