package org.o365cli.host.output;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Pretty JSON with a two-space indent, laid out as {@code JSON.stringify(value, null, 2)} and jq do: one array
 * element per line, {@code "key": value}, {@code []} and {@code {}} when empty. Jackson's default printer puts a
 * whole array on one line ({@code [ {...}, {...} ]}), which reads badly for a list of objects. Lines end with LF
 * on every OS, and the output ends with one.
 * A paged result is written as one array, item by item and flushed after each, so the first item shows at once
 * and memory stays flat however many follow.
 */
final class JsonFormatter implements Formatter {

    private final ObjectWriter writer;

    JsonFormatter(ObjectMapper mapper) {
        // The PrintWriter belongs to the host, which may write more to it; Jackson must not close it.
        this.writer = mapper.writer(prettyPrinter()).without(StreamWriteFeature.AUTO_CLOSE_TARGET);
    }

    @Override
    public void write(JsonNode value, PrintWriter out) {
        try {
            writer.writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.print("\n");
    }

    @Override
    public void writeStream(Iterator<JsonNode> items, PrintWriter out) {
        try {
            SequenceWriter array = writer.writeValuesAsArray(out);
            while (items.hasNext()) {
                array.write(items.next());
                array.flush();
            }
            // Closed only on success: when a page fails the array stays open, so no script takes part for all.
            array.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.print("\n");
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
