package org.o365cli.host.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Runs an {@link OutputWriter} as the host does and returns what it printed. */
final class Printed {

    private Printed() {
    }

    static String print(Object result, OutputFormat format) {
        return print(result, new OutputOptions(format, null, List.of()));
    }

    static String print(Object result, OutputFormat format, String query) {
        return print(result, new OutputOptions(format, query, List.of()));
    }

    static String print(Object result, OutputOptions options) {
        StringWriter sink = new StringWriter();
        new OutputWriter(new ObjectMapper()).write(result, options, new PrintWriter(sink));
        return sink.toString();
    }

    /** Lines joined with LF, each ending with one, as every format ends its lines. */
    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
