package org.o365cli.plugins.spo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.plugin.PluginCommands;

/** Every spo command declares the permissions m365 documents for its equivalent, and its help shows them. */
class SpoPermissionsTest {

    @TempDir
    Path root;

    @Test
    void everyCommandDeclaresItsPermissionsAndItsHelpShowsThem() {
        assertEquals(List.of(), PluginCommands.undeclared(new CliRunner(root), "spo", new SpoService().commandClasses()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "spo app install      | AllSites.FullControl | Sites.FullControl.All",
        "spo app list         | AllSites.Read        | Sites.Read.All",
        "spo storageentity set | AllSites.FullControl | Sites.FullControl.All"})
    void helpShowsTheCommandsExactPermissions(String command, String delegated, String application) {
        assertEquals(PluginCommands.section("https://*.sharepoint.com", delegated, application),
                PluginCommands.permissionsShown(new CliRunner(root), command));
    }
}
