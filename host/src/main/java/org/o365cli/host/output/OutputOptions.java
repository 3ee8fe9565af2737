package org.o365cli.host.output;

import java.util.List;
import java.util.Objects;

/**
 * How to print one command's result.
 *
 * @param format         the {@code --output} format
 * @param query          the {@code --query} JMESPath expression, or null when none was given
 * @param defaultColumns the columns {@code text} shows for a list (the command's
 *                       {@link org.o365cli.auth.DefaultColumns}); empty for every column, never null
 */
public record OutputOptions(OutputFormat format, String query, List<String> defaultColumns) {

    /** Checks the format and the columns are present, and copies the columns. */
    public OutputOptions {
        Objects.requireNonNull(format, "format");
        defaultColumns = List.copyOf(Objects.requireNonNull(defaultColumns, "defaultColumns (use an empty list)"));
    }
}
