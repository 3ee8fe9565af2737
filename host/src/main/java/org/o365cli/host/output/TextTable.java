package org.o365cli.host.output;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/**
 * Lays rows out in columns as wide as their widest cell, counted in code points so that "Zoë" is three wide and
 * an emoji one. (A terminal shows East Asian characters and most emoji two columns wide, which a count of code
 * points cannot know; such rows look wider, but every row still has the same cells in the same order.)
 */
final class TextTable {

    private static final String GAP = "  ";

    private TextTable() {
    }

    /** A header, a row of dashes under each column, then the rows; no cell may contain a line break. */
    static void print(List<String> columns, List<List<String>> rows, PrintWriter out) {
        int[] widths = new int[columns.size()];
        measure(columns, widths);
        rows.forEach(row -> measure(row, widths));
        printLine(columns, widths, out);
        printLine(Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths, out);
        rows.forEach(row -> printLine(row, widths, out));
    }

    private static void measure(List<String> cells, int[] widths) {
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(widths[i], Cells.width(cells.get(i)));
        }
    }

    private static void printLine(List<String> cells, int[] widths, PrintWriter out) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            line.append(i == 0 ? "" : GAP).append(Cells.padRight(cells.get(i), widths[i]));
        }
        // Padding after the last column is invisible noise in a diff or a copy-paste.
        out.print(line.toString().stripTrailing() + "\n");
    }
}
