package org.o365cli.host.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.o365cli.host.output.Printed.lines;
import static org.o365cli.host.output.Printed.print;
import static org.o365cli.host.output.Samples.row;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.o365cli.host.output.Samples.User;

class MarkdownOutputTest {

    @Test
    void listIsATableWithAHeaderAndARowPerItem() {
        assertEquals(lines(
                "| id | displayName | age | enabled |",
                "| --- | --- | --- | --- |",
                "| 1 | Zoë | 34 | true |",
                "| 22 | 東京 | 28 | false |",
                "| 333 | Ana 😀 | 41 | true |"), print(Samples.users(), OutputFormat.MD));
    }

    @Test
    void objectIsAPropertyValueTable() {
        assertEquals(lines(
                "| Property | Value |",
                "| --- | --- |",
                "| id | 1 |",
                "| displayName | Zoë |",
                "| age | 34 |",
                "| enabled | true |"), print(new User("1", "Zoë", 34, true), OutputFormat.MD));
    }

    @Test
    void nestedValuesAreCompactJsonAndMissingOrNullCellsAreEmpty() {
        assertEquals(lines(
                "| a | b |",
                "| --- | --- |",
                "| {\"x\":1} |  |",
                "| [1,2] |  |"),
                print(List.of(row("a", row("x", 1)), row("a", List.of(1, 2), "b", null)), OutputFormat.MD));
    }

    @ParameterizedTest
    @MethodSource("escapedCells")
    void pipesAreEscapedAndLineBreaksBecomeBr(String value, String cell) {
        assertEquals(lines("| name |", "| --- |", "| " + cell + " |"),
                print(List.of(row("name", value)), OutputFormat.MD));
        assertEquals(lines("| Property | Value |", "| --- | --- |", "| name | " + cell + " |"),
                print(row("name", value), OutputFormat.MD));
    }

    @Test
    void scalarIsOneEscapedLineAndScalarsAreAValueColumn() {
        assertEquals(lines("3"), print(3, OutputFormat.MD));
        assertEquals(lines("| value |", "| --- |", "| Zoë |", "| a\\|b |"),
                print(List.of("Zoë", "a|b"), OutputFormat.MD));
    }

    static Stream<Arguments> escapedCells() {
        return Stream.of(
                Arguments.of("a|b", "a\\|b"),
                Arguments.of("first\nsecond", "first<br>second"),
                Arguments.of("first\r\nsecond", "first<br>second"));
    }
}
