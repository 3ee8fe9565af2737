package org.o365cli.host.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import org.o365cli.host.http.ServerText;

/** Flattens one JSON value to the text of a table cell or of a line. */
final class Cells {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\R");

    private Cells() {
    }

    /**
     * Strings as they are, numbers and booleans as their JSON text, objects and arrays as compact JSON, and
     * JSON null or a missing value as an empty string.
     */
    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isTextual() || value.isBinary()) {
            return value.asText();
        }
        return value.toString();
    }

    /**
     * {@link #text} laid out for a person: each line break turned into {@code replacement}, and
     * terminal escape sequences and other control characters a server put in its data removed.
     */
    static String text(JsonNode value, String replacement) {
        return LINE_BREAKS.matcher(ServerText.block(text(value))).replaceAll(replacement);
    }

    /** Width in code points, so that "Zoë" is three wide and an emoji's surrogate pair counts once. */
    static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The text padded with spaces to {@code width} code points. */
    static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }
}
