package org.o365cli.host.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.o365cli.host.output.Printed.lines;
import static org.o365cli.host.output.Printed.print;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class OutputWriterTest {

    record SignIn(String user, Instant at) {
    }

    private static final Instant AT = Instant.parse("2024-05-01T10:15:30.250Z");

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void nullResultPrintsNothingEvenWithAQuery(OutputFormat format) {
        assertEquals("", print(null, format));
        assertEquals("", print(null, format, "length(@)"));
    }

    @ParameterizedTest
    @MethodSource("signInInEveryFormat")
    void instantInARecordPrintsAsIsoText(OutputFormat format, String expected) {
        assertEquals(expected, print(new SignIn("Zoë", AT), format));
    }

    @Test
    void callersMapperIsNotReconfigured() {
        ObjectMapper mapper = new ObjectMapper();
        new OutputWriter(mapper).write(new SignIn("Zoë", AT), new OutputOptions(OutputFormat.JSON, null, List.of()),
                new PrintWriter(new StringWriter()));

        assertThrows(IllegalArgumentException.class, () -> mapper.valueToTree(new SignIn("Zoë", AT)));
    }

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void writerIsFlushedAndLeftOpenForTheHost(OutputFormat format) {
        StringWriter sink = new StringWriter();
        PrintWriter out = new PrintWriter(new BufferedWriter(sink, 1 << 16));
        OutputWriter writer = new OutputWriter(new ObjectMapper());
        OutputOptions options = new OutputOptions(format, null, List.of());

        writer.write(List.of(1), options, out);
        String first = sink.toString();
        writer.write(List.of(1), options, out);

        assertFalse(first.isEmpty());
        assertEquals(first + first, sink.toString());
        assertFalse(out.checkError());
    }

    static Stream<Arguments> signInInEveryFormat() {
        return Stream.of(
                Arguments.of(OutputFormat.JSON,
                        lines("{", "  \"user\": \"Zoë\",", "  \"at\": \"2024-05-01T10:15:30.250Z\"", "}")),
                Arguments.of(OutputFormat.TEXT, lines("user: Zoë", "at:   2024-05-01T10:15:30.250Z")),
                Arguments.of(OutputFormat.CSV, lines("user,at", "Zoë,2024-05-01T10:15:30.250Z")),
                Arguments.of(OutputFormat.MD, lines("| Property | Value |", "| --- | --- |", "| user | Zoë |",
                        "| at | 2024-05-01T10:15:30.250Z |")));
    }
}
