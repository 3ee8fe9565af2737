package org.o365cli.host.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.o365cli.host.output.Printed.lines;
import static org.o365cli.host.output.Printed.print;
import static org.o365cli.host.output.Samples.row;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.host.output.Samples.User;

class TextOutputTest {

    @Test
    void objectIsKeyValueLinesAlignedOnTheLongestKey() {
        assertEquals(lines(
                "id:          1",
                "displayName: Zoë",
                "age:         34",
                "enabled:     true"), print(new User("1", "Zoë", 34, true), OutputFormat.TEXT));
    }

    @Test
    void nestedValuesOfAnObjectAreCompactJsonOnOneLine() {
        assertEquals(lines(
                "name:    Zoë",
                "age:     34",
                "address: {\"city\":\"Paris\",\"country\":\"FR\"}",
                "tags:    [\"admin\"]"), print(Samples.employees().get(0), OutputFormat.TEXT));
    }

    @Test
    void listOfObjectsIsATableWithAHeaderAndDashes() {
        assertEquals(lines(
                "id   displayName  age  enabled",
                "---  -----------  ---  -------",
                "1    Zoë          34   true",
                "22   東京           28   false",
                "333  Ana 😀        41   true"), print(Samples.users(), OutputFormat.TEXT));
    }

    @Test
    void tableColumnsAreAsWideAsTheirWidestCellInCodePoints() {
        List<Map<String, Object>> rows = List.of(
                row("name", "Zoë", "city", "x"),
                row("name", "東京", "city", "x"),
                row("name", "Ana 😀", "city", "x"));

        assertEquals(lines(
                "name   city",
                "-----  ----",
                "Zoë    x",
                "東京     x",
                "Ana 😀  x"), print(rows, OutputFormat.TEXT));
    }

    @Test
    void tableShowsTheDefaultColumnsInTheirOrder() {
        OutputOptions options = new OutputOptions(OutputFormat.TEXT, null, List.of("displayName", "id"));

        assertEquals(lines(
                "displayName  id",
                "-----------  ---",
                "Zoë          1",
                "東京           22",
                "Ana 😀        333"), print(Samples.users(), options));
    }

    @Test
    void tableWithoutDefaultColumnsHasEveryKeyInTheOrderFirstSeenAndEmptyCellsForMissingOrNull() {
        List<Map<String, Object>> items = List.of(row("a", 1), row("b", "x", "a", 2), row("c", null, "a", 3));

        assertEquals(lines(
                "a  b  c",
                "-  -  -",
                "1",
                "2  x",
                "3"), print(items, OutputFormat.TEXT));
    }

    @Test
    void nestedValuesInATableAreCompactJson() {
        assertEquals(lines(
                "name   age  address                           tags",
                "-----  ---  --------------------------------  -------------",
                "Zoë    34   {\"city\":\"Paris\",\"country\":\"FR\"}   [\"admin\"]",
                "Kenji  28   {\"city\":\"東京\",\"country\":\"JP\"}      []",
                "Ana    41   {\"city\":\"Lisboa\",\"country\":\"PT\"}  [\"dev\",\"ops\"]"),
                print(Samples.employees(), OutputFormat.TEXT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"first\nsecond", "first\r\nsecond", "first\rsecond"})
    void lineBreaksInATableCellBecomeASpaceSoTheRowStaysOneLine(String description) {
        assertEquals(lines(
                "description   n",
                "------------  -",
                "first second  1"), print(List.of(row("description", description, "n", 1)), OutputFormat.TEXT));
    }

    @Test
    void escapeSequencesInDataNeverReachTheTerminalInATable() {
        assertEquals(lines(
                "displayName  n",
                "-----------  -",
                "Adele Vance  1"), print(List.of(row("displayName", "\u001b]52;c;ZXZpbA==\u0007Adele\u001b[8m Vance\u001b[0m", "n", 1)),
                OutputFormat.TEXT));
    }

    @Test
    void listOfScalarsIsOneValuePerLine() {
        assertEquals(lines("Zoë", "東京", "42", "true", "[1,2]"),
                print(List.of("Zoë", "東京", 42, true, List.of(1, 2)), OutputFormat.TEXT));
    }

    @Test
    void scalarIsItsTextWithLineBreaksKept() {
        assertEquals(lines("Zoë"), print("Zoë", OutputFormat.TEXT));
        assertEquals(lines("first", "second"), print("first\nsecond", OutputFormat.TEXT));
    }

    @Test
    void emptyListPrintsNothing() {
        assertEquals("", print(List.of(), OutputFormat.TEXT));
    }
}
