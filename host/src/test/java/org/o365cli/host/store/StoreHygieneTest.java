package org.o365cli.host.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.plugin.TestPlugins;

/** Files that hold tokens but are no connection are removed; a home o365 did not make is never chmod-ed. */
class StoreHygieneTest {

    @TempDir
    Path root;

    private CliRunner homeWithMode(String mode) throws IOException {
        CliRunner o365 = new CliRunner(root);
        Files.createDirectories(o365.home());
        Files.setPosixFilePermissions(o365.home(), PosixFilePermissions.fromString(mode));
        return o365;
    }

    @Test
    void logoutRemovesTemporaryFilesOfInterruptedWritesAndTheCorruptCopiesAndSaysSo() throws IOException {
        CliRunner o365 = homeWithMode("rwx------");
        Path temp = Files.writeString(o365.home().resolve(".connections.json8123456789.tmp"), "{\"version\": 1, \"conn");
        Path corrupt = Files.writeString(o365.home().resolve("connections.json.corrupt-20250304-100000"), "{\"accessToken\": \"eyJ");
        Path other = Files.writeString(o365.home().resolve("notes.txt"), "mine");

        Result result = o365.run("logout");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("Removed " + corrupt + ", a copy of a corrupt connections file that may hold tokens\n", result.err(), result::toString);
        assertFalse(Files.exists(temp));
        assertFalse(Files.exists(corrupt));
        assertTrue(Files.exists(other));
    }

    @Test
    void theNextWriteRemovesTemporaryFilesButKeepsTheCorruptCopies() throws IOException {
        CliRunner o365 = homeWithMode("rwx------");
        Path temp = Files.writeString(o365.home().resolve(".connections.json42.tmp"), "{\"version\": 1, \"conn");
        Path corrupt = Files.writeString(o365.home().resolve("connections.json.corrupt-20250304-100000"), "{");
        TestPlugins.service("graph", "graph", "https://graph.microsoft.com").writeTo(o365.bundledPlugins(), "graph.jar");

        Result result = o365.run("graph", "disconnect");

        assertFalse(Files.exists(temp), result::toString);
        assertTrue(Files.exists(corrupt));
    }

    /** A shared folder (like a 1777 /tmp) is refused as it is, never made 0700 under its other users. */
    @Test
    void anExistingHomeOthersCanWriteIsRefusedAndLeftAsItIs() throws IOException {
        CliRunner o365 = homeWithMode("rwxrwxrwx");
        Files.writeString(o365.home().resolve("someone-elses.txt"), "theirs");

        Result result = o365.run("logout");

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals(1, result.err().lines().count(), result::toString);
        assertTrue(result.err().startsWith("Error: " + o365.home() + " can be written by other users (rwxrwxrwx), so o365 will"
                + " not keep connections there and leaves its mode as it is; set O365_HOME to a folder only you can write"), result::toString);
        assertEquals("rwxrwxrwx", PosixFilePermissions.toString(Files.getPosixFilePermissions(o365.home())));
    }

    @Test
    void anExistingHomeOnlyItsOwnerCanWriteKeepsItsMode() throws IOException {
        CliRunner o365 = homeWithMode("rwxr-xr-x");

        Result result = o365.run("logout");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(o365.home())));
    }

    @Test
    void aHomeO365MakesIsPrivate() throws IOException {
        CliRunner o365 = new CliRunner(root);

        assertEquals(0, o365.run("logout").exitCode());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(o365.home())));
    }
}
