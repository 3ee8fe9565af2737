package org.o365cli.host.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o365cli.host.output.Printed.lines;
import static org.o365cli.host.output.Printed.print;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.o365cli.host.output.Samples.User;

class QueryOutputTest {

    @Test
    void queryPicksAPropertyOfAnObject() {
        User user = new User("1", "Zoë", 34, true);

        assertEquals(lines("\"Zoë\""), print(user, OutputFormat.JSON, "displayName"));
        assertEquals(lines("Zoë"), print(user, OutputFormat.TEXT, "displayName"));
    }

    @Test
    void queryFiltersAListBeforeFormatting() {
        String query = "[?age > `30`].name";

        assertEquals(lines("[", "  \"Zoë\",", "  \"Ana\"", "]"), print(Samples.employees(), OutputFormat.JSON, query));
        assertEquals(lines("Zoë", "Ana"), print(Samples.employees(), OutputFormat.TEXT, query));
        assertEquals(lines("value", "Zoë", "Ana"), print(Samples.employees(), OutputFormat.CSV, query));
    }

    @ParameterizedTest
    @MethodSource("lengthOfThree")
    void queryCanComputeAScalar(OutputFormat format, String expected) {
        assertEquals(expected, print(Samples.employees(), format, "length(@)"));
    }

    @Test
    void queryReachesIntoNestedValues() {
        assertEquals(lines("Paris", "東京", "Lisboa"),
                print(Samples.employees(), OutputFormat.TEXT, "[].address.city"));
        assertEquals(lines("name,city", "Kenji,東京"), print(Samples.employees(), OutputFormat.CSV,
                "[?address.country == 'JP'].{name: name, city: address.city}"));
    }

    @Test
    void queryAppliesToAllItemsOfAStream() {
        assertEquals(lines("3"), print(Samples.employees().stream(), OutputFormat.JSON, "length(@)"));
    }

    @Test
    void textTableShowsTheColumnsAQueryProducedNotTheDefaultOnes() {
        OutputOptions options = new OutputOptions(OutputFormat.TEXT, "[].{who: displayName}", List.of("id"));

        assertEquals(lines("who", "-----", "Zoë", "東京", "Ana 😀"), print(Samples.users(), options));
    }

    @ParameterizedTest
    @MethodSource("nullAnswer")
    void queryAnsweringNullPrintsNullInJsonAndNothingElsewhere(OutputFormat format, String expected) {
        assertEquals(expected, print(new User("1", "Zoë", 34, true), format, "manager"));
    }

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void badQueryThrowsNamingItBeforeReadingOrWritingAnything(OutputFormat format) {
        AtomicInteger read = new AtomicInteger();
        Stream<User> stream = Samples.users().stream().peek(user -> read.incrementAndGet());
        StringWriter sink = new StringWriter();
        OutputOptions options = new OutputOptions(format, "[?age > `30`", List.of());

        QueryException e = assertThrows(QueryException.class,
                () -> new OutputWriter(new ObjectMapper()).write(stream, options, new PrintWriter(sink)));

        assertTrue(e.getMessage().startsWith("Invalid --query '[?age > `30`': "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals("", sink.toString());
        assertEquals(0, read.get());
    }

    @Test
    void queryFailingOnTheDataThrowsWithItsReason() {
        QueryException e = assertThrows(QueryException.class, () -> print(42, OutputFormat.JSON, "length(@)"));

        assertTrue(e.getMessage().startsWith("Invalid --query 'length(@)': Invalid argument type"), e.getMessage());
    }

    @Test
    void multiLineQueryStillGivesAOneLineMessage() {
        QueryException e = assertThrows(QueryException.class, () -> print(42, OutputFormat.JSON, "foo\n| bar("));

        assertTrue(e.getMessage().startsWith("Invalid --query 'foo | bar(': "), e.getMessage());
    }

    static Stream<Arguments> lengthOfThree() {
        return Stream.of(
                Arguments.of(OutputFormat.JSON, lines("3")),
                Arguments.of(OutputFormat.TEXT, lines("3")),
                Arguments.of(OutputFormat.CSV, lines("value", "3")),
                Arguments.of(OutputFormat.MD, lines("3")));
    }

    static Stream<Arguments> nullAnswer() {
        return Stream.of(
                Arguments.of(OutputFormat.JSON, lines("null")),
                Arguments.of(OutputFormat.TEXT, ""),
                Arguments.of(OutputFormat.CSV, ""),
                Arguments.of(OutputFormat.MD, ""));
    }
}
