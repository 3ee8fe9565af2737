package org.o365cli.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What one {@code o365} command line did.
 *
 * @param exitCode 0 on success, 1 for a failure, 2 for a usage error
 * @param out      stdout: the data
 * @param err      stderr: errors, warnings, progress
 * @param requests the requests it sent to the pack's API stubs, in order (the sandbox's own hosts answer in process
 *                 and are not listed)
 */
public record RunResult(int exitCode, String out, String err, List<SentRequest> requests) {

    /** Copies the requests. */
    public RunResult {
        requests = List.copyOf(requests);
    }

    /**
     * stdout parsed as JSON (the default output format).
     *
     * @return the JSON
     * @throws UncheckedIOException when stdout is not JSON
     */
    public JsonNode json() {
        try {
            return new ObjectMapper().readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException("stdout is not JSON: " + out, e);
        }
    }

    /**
     * Asserts the run failed as a user should see a failure: exit code 1, nothing on stdout, and one line on stderr
     * that starts with {@code Error: } and holds the text.
     *
     * @param text what the error must say, e.g. the service's message and request id
     * @throws AssertionError when it did not fail so
     */
    public void assertOneLineError(String text) {
        String line = err.trim();
        if (exitCode != 1 || !out.isEmpty() || !line.startsWith("Error: ") || !line.contains(text) || line.contains("\n")) {
            throw new AssertionError("Expected exit 1 and one line 'Error: ...' holding '" + text + "', got " + this);
        }
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err + "--- requests\n" + requests;
    }
}
