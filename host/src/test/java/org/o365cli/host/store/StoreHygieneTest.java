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
        Files.setPosixFilePermissions(corrupt, PosixFilePermissions.fromString("rw-------")); // moved aside, it kept its mode
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
        o365.ship(TestPlugins.service("graph", "graph", "https://graph.microsoft.com"), "graph.jar");

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

    @Test
    void privateFilesFoundOpenToOthersAreMadePrivateWithOneWarningEachAndOtherFilesAreLeftAlone() throws IOException {
        CliRunner o365 = homeWithMode("rwxr-xr-x");
        String open = "rw-r--r--";
        Path connections = Files.writeString(o365.home().resolve("connections.json"), "{\"version\": 1, \"connections\": {}}");
        Path lock = Files.writeString(o365.home().resolve("connections.json.lock"), "");
        Path config = Files.writeString(o365.home().resolve("config.json"), "{\"output\": \"json\"}");
        Path discovery = Files.writeString(o365.home().resolve("discovery.json"), "{}");
        Path corrupt = Files.writeString(o365.home().resolve("connections.json.corrupt-20250304-100000"), "{\"accessToken\": \"eyJ");
        Path other = Files.writeString(o365.home().resolve("notes.txt"), "mine");
        for (Path file : new Path[] {connections, lock, config, discovery, corrupt, other}) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(open));
        }
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-rw-rw-"));

        Result result = o365.run("cli", "config", "list");

        assertEquals(0, result.exitCode(), result::toString);
        for (Path file : new Path[] {connections, lock, discovery, corrupt}) {
            assertTrue(result.err().contains("Warning: " + file + " was open to other users (mode rw-r--r--); o365 made it private"
                    + " (mode rw-------)\n"), result::toString);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file::toString);
        }
        assertTrue(result.err().contains("Warning: " + config + " was open to other users (mode rw-rw-rw-)"), result::toString);
        assertEquals(5, result.err().lines().count(), result::toString);
        assertEquals(open, PosixFilePermissions.toString(Files.getPosixFilePermissions(other)));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(o365.home())));

        Result again = o365.run("cli", "config", "list");

        assertEquals("", again.err(), again::toString);
    }
}
