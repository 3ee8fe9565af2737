package org.o365cli.host.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.burt.jmespath.JmesPath;
import io.burt.jmespath.jackson.JacksonRuntime;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import org.o365cli.host.config.Lazy;

/**
 * Prints a command's result in the user's {@code --output} format, after an optional {@code --query}; the host
 * calls it once for every command.
 *
 * <p>A result is a record, a POJO, a Map, a Collection, a {@code JsonNode}, or for paged results a Stream,
 * Iterator or other Iterable, which is read item by item (and closed once written). Records and POJOs become JSON
 * through the given mapper, java.time values as ISO-8601 text.
 *
 * <p>Nothing, null and queries, where a rule is needed:
 * <ul>
 * <li>A null result prints nothing in every format, even with a query.
 * <li>A query whose answer is JMESPath null (a missing property, say) prints {@code null} in json, so a script
 * reading JSON still gets a value, and nothing in the other formats, which have no way to spell null.
 * <li>The query is compiled before the result is read, so a bad one throws {@link QueryException} having written
 * nothing and fetched no page. A query needs the whole result: a paged one is collected first.
 * <li>{@code none} neither compiles nor evaluates a query, and prints nothing, but reads a paged result to the
 * end so the command's work happens.
 * <li>{@code text} shows the command's default columns only without a query: a query reshapes the items, so its
 * columns are those it produced.
 * </ul>
 */
public final class OutputWriter {

    private final TreeConverter converter;
    private final JsonFormatter json;
    // Made for a --query only: its function registry is some forty classes a command without one never needs.
    private final Lazy<JmesPath<JsonNode>> jmesPath = new Lazy<>(JacksonRuntime::new);

    /** @param mapper the host's mapper; it is copied, never reconfigured */
    public OutputWriter(ObjectMapper mapper) {
        this.converter = new TreeConverter(Objects.requireNonNull(mapper, "mapper"));
        this.json = new JsonFormatter(converter.mapper());
    }

    /**
     * Writes the result to {@code out} and flushes it.
     *
     * @throws QueryException when the query is not valid JMESPath or fails on this result; nothing is written
     */
    public void write(Object result, OutputOptions options, PrintWriter out) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        try (ResultSource source = new ResultSource(result, converter)) {
            if (options.format() == OutputFormat.NONE) {
                source.drain();
                return;
            }
            QueryFilter query = options.query() == null ? null : QueryFilter.compile(jmesPath.get(), options.query());
            if (result != null) {
                write(source, query, options, out);
            }
        } finally {
            // Also when a page fails: what was written before it should reach the user.
            out.flush();
        }
    }

    private void write(ResultSource source, QueryFilter query, OutputOptions options, PrintWriter out) {
        Formatter formatter = formatter(options);
        if (query == null && source.isPaged()) {
            formatter.writeStream(source.items(), out);
            return;
        }
        JsonNode tree = query == null ? source.tree() : query.apply(source.tree());
        if (!tree.isNull() || options.format() == OutputFormat.JSON) {
            formatter.write(tree, out);
        }
    }

    private Formatter formatter(OutputOptions options) {
        return switch (options.format()) {
            case JSON -> json;
            case TEXT -> new TextFormatter(options.query() == null ? options.defaultColumns() : List.of());
            case CSV -> new CsvFormatter();
            case MD -> new MarkdownFormatter();
            case NONE -> throw new IllegalArgumentException("--output none has no formatter");
        };
    }
}
