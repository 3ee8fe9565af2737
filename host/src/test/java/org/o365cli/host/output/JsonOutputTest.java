package org.o365cli.host.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.o365cli.host.output.Printed.lines;
import static org.o365cli.host.output.Printed.print;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.o365cli.host.output.Samples.Address;
import org.o365cli.host.output.Samples.Employee;
import org.o365cli.host.output.Samples.User;

class JsonOutputTest {

    @Test
    void objectIsPrettyPrintedWithTwoSpacesAndATrailingNewline() {
        assertEquals(lines(
                "{",
                "  \"id\": \"1\",",
                "  \"displayName\": \"Zoë\",",
                "  \"age\": 34,",
                "  \"enabled\": true",
                "}"), print(new User("1", "Zoë", 34, true), OutputFormat.JSON));
    }

    @Test
    void listIsAnArrayWithOneElementPerLine() {
        assertEquals(lines(
                "[",
                "  {",
                "    \"id\": \"1\",",
                "    \"displayName\": \"Zoë\",",
                "    \"age\": 34,",
                "    \"enabled\": true",
                "  },",
                "  {",
                "    \"id\": \"22\",",
                "    \"displayName\": \"東京\",",
                "    \"age\": 28,",
                "    \"enabled\": false",
                "  }",
                "]"), print(Samples.users().subList(0, 2), OutputFormat.JSON));
    }

    @Test
    void nestedObjectsAndArraysAreIndentedAndEmptyOnesStayShort() {
        Employee employee = new Employee("Ana 😀", 41, new Address("Lisboa", "PT"), List.of());

        assertEquals(lines(
                "{",
                "  \"name\": \"Ana 😀\",",
                "  \"age\": 41,",
                "  \"address\": {",
                "    \"city\": \"Lisboa\",",
                "    \"country\": \"PT\"",
                "  },",
                "  \"tags\": []",
                "}"), print(employee, OutputFormat.JSON));
    }

    @Test
    void mapsAndJsonNodesPrintAsTheyAre() throws Exception {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", List.of(1, 2));
        map.put("a", null);

        assertEquals(lines("{", "  \"b\": [", "    1,", "    2", "  ],", "  \"a\": null", "}"),
                print(map, OutputFormat.JSON));
        assertEquals(lines("{", "  \"x\": {}", "}"),
                print(new ObjectMapper().readTree("{\"x\":{}}"), OutputFormat.JSON));
    }

    @Test
    void emptyListIsAnEmptyArray() {
        assertEquals(lines("[]"), print(List.of(), OutputFormat.JSON));
    }

    @Test
    void scalarIsItsJsonText() {
        assertEquals(lines("\"Zoë\""), print("Zoë", OutputFormat.JSON));
        assertEquals(lines("42"), print(42, OutputFormat.JSON));
    }
}
