package org.o365cli.host.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.o365cli.host.output.Printed.lines;
import static org.o365cli.host.output.Printed.print;
import static org.o365cli.host.output.Samples.row;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.host.output.Samples.User;

class CsvOutputTest {

    @Test
    void objectIsAHeaderAndOneRow() {
        assertEquals(lines("id,displayName,age,enabled", "1,Zoë,34,true"),
                print(new User("1", "Zoë", 34, true), OutputFormat.CSV));
    }

    @Test
    void listIsAHeaderAndARowPerItemWithUnicodeAsIs() {
        assertEquals(lines(
                "id,displayName,age,enabled",
                "1,Zoë,34,true",
                "22,東京,28,false",
                "333,Ana 😀,41,true"), print(Samples.users(), OutputFormat.CSV));
    }

    @Test
    void headerIsEveryKeyInTheOrderFirstSeenWithEmptyCellsForMissingOrNull() {
        assertEquals(lines("a,b,c", "1,,", "2,x,", "3,,"),
                print(List.of(row("a", 1), row("b", "x", "a", 2), row("c", null, "a", 3)), OutputFormat.CSV));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "plain            | plain",
        "Zoë 東京 😀       | Zoë 東京 😀",
        "'a,b'            | '\"a,b\"'",
        "'say \"hi\"'     | '\"say \"\"hi\"\"\"'",
        "'\"'             | '\"\"\"\"'",
        "' leading'       | '\" leading\"'",
        "'trailing '      | '\"trailing \"'",
        "'in side'        | 'in side'",
    })
    void fieldIsQuotedOnlyWhenItHoldsACommaQuoteOrOuterSpace(String value, String field) {
        assertEquals(lines("name", field), print(List.of(row("name", value)), OutputFormat.CSV));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void fieldWithALineBreakIsQuotedAndKeepsIt(String lineBreak) {
        String value = "first" + lineBreak + "second";

        assertEquals("name,n\n\"" + value + "\",1\n", print(List.of(row("name", value, "n", 1)), OutputFormat.CSV));
    }

    @Test
    void nestedValuesAreCompactJsonInAQuotedField() {
        assertEquals(lines(
                "name,age,address,tags",
                "Zoë,34,\"{\"\"city\"\":\"\"Paris\"\",\"\"country\"\":\"\"FR\"\"}\",\"[\"\"admin\"\"]\"",
                "Kenji,28,\"{\"\"city\"\":\"\"東京\"\",\"\"country\"\":\"\"JP\"\"}\",[]",
                "Ana,41,\"{\"\"city\"\":\"\"Lisboa\"\",\"\"country\"\":\"\"PT\"\"}\",\"[\"\"dev\"\",\"\"ops\"\"]\""),
                print(Samples.employees(), OutputFormat.CSV));
    }

    @Test
    void scalarsAreAColumnNamedValue() {
        assertEquals(lines("value", "Zoë", "42", "true", ""),
                print(Arrays.asList("Zoë", 42, true, null), OutputFormat.CSV));
        assertEquals(lines("value", "7"), print(7, OutputFormat.CSV));
    }

    @Test
    void emptyListPrintsNothing() {
        assertEquals("", print(List.of(), OutputFormat.CSV));
    }
}
