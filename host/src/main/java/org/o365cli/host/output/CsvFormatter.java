package org.o365cli.host.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 fields and quoting, except that each record ends with LF rather than CRLF: this output mostly feeds
 * pipes and Unix tools, and the usual CSV readers (Excel, pandas, csvkit) accept either. A field is quoted when it
 * holds a comma, a quote or a line break, or starts or ends with whitespace, which some readers would trim.
 * A single object is a header and one row; a scalar, or a list of them, is a column named {@code value}.
 * A paged result's header is its first item's keys (see {@link RowWriter#writeStream}): a later item's extra keys
 * are dropped, its missing ones are empty cells.
 */
final class CsvFormatter implements Formatter, RowWriter.Style {

    @Override
    public void write(JsonNode value, PrintWriter out) {
        RowWriter.writeAll(this, value.isArray() ? value : List.of(value), out);
    }

    @Override
    public void writeStream(Iterator<JsonNode> items, PrintWriter out) {
        RowWriter.writeStream(this, items, out);
    }

    @Override
    public void header(List<String> columns, PrintWriter out) {
        out.print(columns.stream().map(CsvFormatter::field).collect(Collectors.joining(",")) + "\n");
    }

    @Override
    public void row(List<JsonNode> cells, PrintWriter out) {
        out.print(cells.stream().map(cell -> field(Cells.text(cell))).collect(Collectors.joining(",")) + "\n");
    }

    private static String field(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0
                || !text.isEmpty() && (isBlank(text.charAt(0)) || isBlank(text.charAt(text.length() - 1)));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
