package org.o365cli.host.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkAheadTest {

    private static final Set<String> SERVICES = Set.of("graph", "spo");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "graph user get --id x, true",
            "-o json graph user get, true",
            "--query id graph user list, true",
            "--connection work graph user get, true",
            "spo site list --output csv, true",
            "request --url https://graph.microsoft.com/v1.0/me, true",
            "graph --help, false",
            "graph user get --help, false",
            "graph user get -h, false",
            "graph, false",
            "status, false",
            "connection list, false",
            "plugins list, false",
            "cli config list, false",
            "--version, false",
            "help graph, false",
            "-o graph status, false",
    })
    void startsOnlyForAServiceCommandOrRequestThatDoesNotAskForHelp(String line, boolean wanted) {
        assertEquals(wanted, NetworkAhead.wanted(line.split(" "), SERVICES::contains));
    }
}
