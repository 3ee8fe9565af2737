package org.o365cli.plugins.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o365cli.testkit.CommandPermissions;
import org.o365cli.testkit.O365Extension;

/** Every graph command declares the least-privileged permissions of Graph's reference, and its help shows them. */
class GraphPermissionsIT {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    @Test
    void everyCommandDeclaresItsPermissionsAndItsHelpShowsThem() {
        assertEquals(List.of(), CommandPermissions.undeclared(o365, "graph", new GraphService().commandClasses()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "graph user get       | User.Read.All          | User.Read.All",
        "graph o365group add  | Group.ReadWrite.All    | Group.Create",
        "graph groupsetting list | GroupSettings.Read.All | GroupSettings.Read.All"})
    void helpShowsTheCommandsExactPermissions(String command, String delegated, String application) {
        assertEquals(CommandPermissions.section("https://graph.microsoft.com", delegated, application),
                CommandPermissions.shown(o365, command));
    }
}
