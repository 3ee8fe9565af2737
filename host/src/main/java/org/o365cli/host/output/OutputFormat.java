package org.o365cli.host.output;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The values of {@code --output}: how the host prints a command's result. */
public enum OutputFormat {
    /** Pretty-printed JSON; a list or a paged result is one array. */
    JSON,
    /** For people: {@code key: value} lines for an object, an aligned table for a list. */
    TEXT,
    /** Comma-separated values with a header row, for spreadsheets and scripts. */
    CSV,
    /** A Markdown table, for issues and wikis. */
    MD,
    /** Nothing: the command runs for its effect only. */
    NONE;

    /**
     * Reads a format name as a user types it, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static OutputFormat parse(String value) {
        for (OutputFormat format : values()) {
            if (format.id().equalsIgnoreCase(value)) {
                return format;
            }
        }
        String accepted = Arrays.stream(values()).map(OutputFormat::id).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("Invalid output format '" + value + "': use one of " + accepted);
    }

    /** The name a user types, e.g. {@code json}. */
    public String id() {
        // ROOT, so that a Turkish locale does not turn "NONE" into a dotless "none".
        return name().toLowerCase(Locale.ROOT);
    }
}
