package org.o365cli.plugins.spo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o365cli.testkit.CommandPermissions;
import org.o365cli.testkit.O365Extension;

/** Every spo command declares the permissions m365 documents for its equivalent, and its help shows them. */
class SpoPermissionsIT {

    @RegisterExtension
    static O365Extension o365 = O365Extension.forBuiltPack();

    @Test
    void everyCommandDeclaresItsPermissionsAndItsHelpShowsThem() {
        assertEquals(List.of(), CommandPermissions.undeclared(o365, "spo", new SpoService().commandClasses()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "spo app install      | AllSites.FullControl | Sites.FullControl.All",
        "spo app list         | AllSites.Read        | Sites.Read.All",
        "spo storageentity set | AllSites.FullControl | Sites.FullControl.All"})
    void helpShowsTheCommandsExactPermissions(String command, String delegated, String application) {
        assertEquals(CommandPermissions.section("https://*.sharepoint.com", delegated, application),
                CommandPermissions.shown(o365, command));
    }
}
