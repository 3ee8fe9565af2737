package org.o365cli.plugins.aad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o365cli.testkit.CommandPermissions;
import org.o365cli.testkit.O365Extension;

/** Every aad command declares the least-privileged permissions of Graph's reference, and its help shows them. */
class AadPermissionsIT {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    @Test
    void everyCommandDeclaresItsPermissionsAndItsHelpShowsThem() {
        assertEquals(List.of(), CommandPermissions.undeclared(o365, "aad", new AadService().commandClasses()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "aad app get              | Application.Read.All | Application.Read.All",
        "aad approleassignment list | Application.Read.All | Application.Read.All",
        "aad oauth2grant list     | Directory.Read.All   | Directory.Read.All"})
    void helpShowsTheCommandsExactPermissions(String command, String delegated, String application) {
        assertEquals(CommandPermissions.section("https://graph.microsoft.com", delegated, application),
                CommandPermissions.shown(o365, command));
    }
}
