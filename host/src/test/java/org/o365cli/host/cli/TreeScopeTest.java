package org.o365cli.host.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.Option;

class TreeScopeTest {

    @ParameterizedTest(name = "{0} -> {1} {2} {3}")
    @CsvSource(nullValues = "-", value = {
            "graph user get --id x, false, graph, user",
            "--connection work graph user get, false, graph, user",
            "-o json --query id graph user list, false, graph, user",
            "graph --connection work user get, false, graph, user",
            "graph --help, false, graph, -",
            "status, false, status, -",
            "cli completion, true, cli, completion",
            "setup --scopes all, true, setup, all",
    })
    void namesTheServiceAndTheCommandToBuildWhateverGlobalOptionsComeFirst(String line, boolean all, String service,
                                                                          String command) {
        assertEquals(new TreeScope(all, service, command), TreeScope.forArgs(line.split(" ")));
    }

    @Test
    void everyGlobalOptionThatTakesAValueIsKnownToTakeOne() {
        Set<String> withValue = Arrays.stream(GlobalOptions.class.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(Option.class) && field.getType() != boolean.class)
                .flatMap(field -> Arrays.stream(names(field)))
                .collect(Collectors.toSet());
        assertEquals(withValue, GlobalOptions.WITH_VALUE);
    }

    private static String[] names(Field field) {
        return field.getAnnotation(Option.class).names();
    }
}
