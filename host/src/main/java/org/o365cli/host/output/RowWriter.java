package org.o365cli.host.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;

/** Writes items as a header row and one row per item, for the formats that need no alignment (csv, md). */
final class RowWriter {

    /** How one format spells a header and a row. */
    interface Style {

        void header(List<String> columns, PrintWriter out);

        /** One row; a cell is null where the item has no value for its column. */
        void row(List<JsonNode> cells, PrintWriter out);
    }

    private RowWriter() {
    }

    /** Items in memory: the columns are every key of every item, in the order first seen. */
    static void writeAll(Style style, Iterable<JsonNode> items, PrintWriter out) {
        List<String> columns = Columns.union(items);
        if (columns.isEmpty()) {
            return;
        }
        style.header(columns, out);
        for (JsonNode item : items) {
            style.row(Columns.cells(item, columns), out);
        }
    }

    /**
     * Paged items: the header must go out before later items exist, so the columns are the first item's keys.
     * Each row is flushed, so the first page shows at once and memory stays flat however many follow.
     */
    static void writeStream(Style style, Iterator<JsonNode> items, PrintWriter out) {
        if (!items.hasNext()) {
            return;
        }
        JsonNode first = items.next();
        List<String> columns = Columns.of(first);
        if (columns.isEmpty()) {
            return;
        }
        style.header(columns, out);
        style.row(Columns.cells(first, columns), out);
        out.flush();
        while (items.hasNext()) {
            style.row(Columns.cells(items.next(), columns), out);
            out.flush();
        }
    }
}
