package org.o365cli.host.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OutputFormatTest {

    @ParameterizedTest
    @CsvSource({"json,JSON", "JSON,JSON", "Text,TEXT", "csv,CSV", "mD,MD", "NONE,NONE"})
    void parseIgnoresCase(String value, OutputFormat expected) {
        assertEquals(expected, OutputFormat.parse(value));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"xml", "json ", "table"})
    void parseRejectsAnUnknownFormatNamingTheAcceptedOnes(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutputFormat.parse(value));

        assertEquals("Invalid output format '" + value + "': use one of json, text, csv, md, none", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void idIsTheLowerCaseNameThatParseAccepts(OutputFormat format) {
        assertEquals(format.name().toLowerCase(Locale.ROOT), format.id());
        assertEquals(format, OutputFormat.parse(format.id()));
    }

    @Test
    void optionsRequireColumnsAndKeepTheirOwnCopy() {
        List<String> columns = new ArrayList<>(List.of("id"));
        OutputOptions options = new OutputOptions(OutputFormat.TEXT, null, columns);
        columns.add("displayName");

        assertEquals(List.of("id"), options.defaultColumns());
        assertThrows(NullPointerException.class, () -> new OutputOptions(OutputFormat.TEXT, null, null));
    }
}
