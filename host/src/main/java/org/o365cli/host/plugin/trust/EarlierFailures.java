package org.o365cli.host.plugin.trust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plugins an earlier indexing run could not get through (one ended the process, or stopped
 * moving), handed to the next attempt so that it leaves them out and records why:
 * {@code O365_LOAD_REFUSED} names a file of {@code <plugin id> TAB <cause>} lines.
 */
public final class EarlierFailures {

    /** The variable naming the file; set only for an indexing run. */
    public static final String VARIABLE = "O365_LOAD_REFUSED";

    private EarlierFailures() {
    }

    static Map<String, String> read(Map<String, String> variables) {
        String file = variables.get(VARIABLE);
        Map<String, String> failures = new LinkedHashMap<>();
        if (file == null || file.isBlank()) {
            return failures;
        }
        try {
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    failures.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            // The attempt then meets the same plugin again, and the caller gives up after a bounded number.
        }
        return failures;
    }

    /**
     * Writes the file for the next attempt.
     *
     * @param file     where
     * @param failures plugin id to one line of cause
     * @throws IOException when it cannot be written
     */
    public static void write(Path file, Map<String, String> failures) throws IOException {
        StringBuilder text = new StringBuilder();
        failures.forEach((id, cause) -> text.append(id).append('\t').append(cause.replaceAll("\\s+", " ")).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
