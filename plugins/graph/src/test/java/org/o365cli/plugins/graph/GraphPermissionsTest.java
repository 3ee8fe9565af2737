package org.o365cli.plugins.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.plugin.PluginCommands;

/** Every graph command declares the least-privileged permissions of Graph's reference, and its help shows them. */
class GraphPermissionsTest {

    @TempDir
    Path root;

    @Test
    void everyCommandDeclaresItsPermissionsAndItsHelpShowsThem() {
        assertEquals(List.of(), PluginCommands.undeclared(new CliRunner(root), "graph", new GraphService().commandClasses()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "graph user get       | User.Read.All          | User.Read.All",
        "graph o365group add  | Group.ReadWrite.All    | Group.Create",
        "graph groupsetting list | GroupSettings.Read.All | GroupSettings.Read.All"})
    void helpShowsTheCommandsExactPermissions(String command, String delegated, String application) {
        assertEquals(PluginCommands.section("https://graph.microsoft.com", delegated, application),
                PluginCommands.permissionsShown(new CliRunner(root), command));
    }
}
