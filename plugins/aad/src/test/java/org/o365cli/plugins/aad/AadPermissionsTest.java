package org.o365cli.plugins.aad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.plugin.PluginCommands;

/** Every aad command declares the least-privileged permissions of Graph's reference, and its help shows them. */
class AadPermissionsTest {

    @TempDir
    Path root;

    @Test
    void everyCommandDeclaresItsPermissionsAndItsHelpShowsThem() {
        assertEquals(List.of(), PluginCommands.undeclared(new CliRunner(root), "aad", new AadService().commandClasses()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "aad app get              | Application.Read.All | Application.Read.All",
        "aad approleassignment list | Application.Read.All | Application.Read.All",
        "aad oauth2grant list     | Directory.Read.All   | Directory.Read.All"})
    void helpShowsTheCommandsExactPermissions(String command, String delegated, String application) {
        assertEquals(PluginCommands.section("https://graph.microsoft.com", delegated, application),
                PluginCommands.permissionsShown(new CliRunner(root), command));
    }
}
