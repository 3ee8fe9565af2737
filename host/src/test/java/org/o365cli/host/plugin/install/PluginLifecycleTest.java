package org.o365cli.host.plugin.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.o365cli.host.plugin.install.PluginsInstallCommandTest.plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.plugin.TestPlugins;

/** uninstall, enable, disable and update, on real plugin archives. */
class PluginLifecycleTest {

    @TempDir
    Path root;

    private CliRunner o365;

    @BeforeEach
    void host() {
        o365 = new CliRunner(root);
        TestPlugins.service("hello", "hello").writeTo(o365.bundledPlugins(), "hello.jar");
    }

    @Test
    void uninstallOfAZipLeavesNothingThatLoads() {
        Path zip = TestPluginZip.write(TestPlugins.service("hr", "hr"), "hr", "1.0.0", root.resolve("downloads"), "hr-pack.zip");
        assertEquals(0, o365.run("plugins", "install", zip.toString(), "--yes").exitCode());
        Result greet = o365.run("hr", "greet", "--name", "x");
        assertEquals(0, greet.exitCode(), greet::toString);
        assertTrue(Files.isDirectory(o365.userPlugins().resolve("hr-1.0.0")), "PF4J unpacked the zip");

        Result uninstall = o365.run("plugins", "uninstall", "hr");

        assertEquals(0, uninstall.exitCode(), uninstall::toString);
        assertFalse(Files.exists(o365.userPlugins().resolve("hr-1.0.0.zip")));
        assertFalse(Files.exists(o365.userPlugins().resolve("hr-1.0.0")));
        assertEquals(2, o365.run("hr", "greet", "--name", "x").exitCode());
        assertFalse(o365.run("plugins", "list").out().contains("\"hr\""));
        assertEquals(2, o365.run("plugins", "uninstall", "hr").exitCode());
    }

    @Test
    void aPluginThatCameWithO365CannotBeUninstalledButCanBeDisabledAndEnabled() {
        Result uninstall = o365.run("plugins", "uninstall", "hello");
        assertEquals(2, uninstall.exitCode(), uninstall::toString);
        assertTrue(uninstall.err().contains("disable it with: o365 plugins disable hello"), uninstall::toString);

        assertEquals(0, o365.run("plugins", "disable", "hello").exitCode());
        assertEquals(2, o365.run("hello", "greet", "--name", "x").exitCode());
        assertEquals("disabled", plugin(o365.run("plugins", "list"), "hello").get("state").asText());

        assertEquals(0, o365.run("plugins", "enable", "hello").exitCode());
        assertEquals(0, o365.run("hello", "greet", "--name", "x").exitCode());
        assertEquals(2, o365.run("plugins", "disable", "nope").exitCode());
    }

    @Test
    void updateReplacesThePluginWithANewerVersionOnly() {
        Path v1 = TestPlugins.service("hr", "hr").writeTo(root.resolve("v1"), "hr.jar");
        Path v2 = TestPlugins.service("hr", "hr").manifest("Plugin-Version", "1.10.0").writeTo(root.resolve("v2"), "hr.jar");
        Path v0 = TestPlugins.service("hr", "hr").manifest("Plugin-Version", "0.9.0").writeTo(root.resolve("v0"), "hr.jar");
        o365.run("plugins", "install", v1.toString(), "--yes");

        Result older = o365.run("plugins", "update", "hr", v0.toString(), "--yes");
        assertEquals(1, older.exitCode(), older::toString);
        assertTrue(older.err().contains("the source offers version 0.9.0, and version 1.0.0 is installed"), older::toString);

        Result update = o365.run("plugins", "update", "hr", v2.toString(), "--yes");

        assertEquals(0, update.exitCode(), update::toString);
        assertEquals("1.10.0", update.json().get("version").asText());
        assertFalse(Files.exists(o365.userPlugins().resolve("hr-1.0.0.jar")));
        assertTrue(Files.exists(o365.userPlugins().resolve("hr-1.10.0.jar")));
        assertEquals("1.10.0", plugin(o365.run("plugins", "list"), "hr").get("version").asText());
        assertEquals(0, o365.run("hr", "greet", "--name", "x").exitCode());
        Path other = TestPlugins.service("other", "other").manifest("Plugin-Version", "2.0.0").writeTo(root.resolve("o"), "o.jar");
        assertTrue(o365.run("plugins", "update", "hr", other.toString(), "--yes").err().contains("the ids differ"));
    }

    @Test
    void aCorruptInstalledJsonIsOneLineAndIsNeverOverwritten() throws Exception {
        Path hr = TestPlugins.service("hr", "hr").writeTo(root.resolve("downloads"), "hr.jar");
        o365.run("plugins", "install", hr.toString(), "--yes");
        Path records = o365.userPlugins().resolve("installed.json");
        Files.writeString(records, "{\"version\":1,\"plugins\":[{\"id\":");
        Path other = TestPlugins.service("other", "other").writeTo(root.resolve("downloads"), "other.jar");

        Result install = o365.run("plugins", "install", other.toString(), "--yes");

        assertEquals(1, install.exitCode(), install::toString);
        assertEquals(1, install.err().lines().filter(l -> l.startsWith("Error: Cannot read " + records + ": it is not valid JSON"))
                .count(), install::toString);
        assertEquals("{\"version\":1,\"plugins\":[{\"id\":", Files.readString(records));
        Result greet = o365.run("hr", "greet", "--name", "x");
        assertEquals(2, greet.exitCode(), greet::toString);
        assertTrue(greet.err().contains("its recorded SHA-256 cannot be checked"), greet::toString);
        assertEquals(0, o365.run("--version").exitCode());
    }
}
