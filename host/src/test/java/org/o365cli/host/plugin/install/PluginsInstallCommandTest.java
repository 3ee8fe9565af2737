package org.o365cli.host.plugin.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.o365cli.host.config.HostEnvironment;
import org.o365cli.host.plugin.CommandIndex;
import org.o365cli.host.plugin.CommandIndexFile;
import org.o365cli.host.plugin.InstallFingerprint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.plugin.TestPlugins;
import org.o365cli.host.plugin.trust.Sha256;

/** {@code plugins install}: what it shows, when it asks, what it refuses, what it records. */
class PluginsInstallCommandTest {

    @TempDir
    Path root;

    private CliRunner o365;
    private Path hrJar;

    @BeforeEach
    void downloadedPack() {
        o365 = new CliRunner(root);
        TestPlugins.service("hello", "hello").writeTo(o365.bundledPlugins(), "hello.jar");
        hrJar = TestPlugins.service("hr", "hr", "https://hr.contoso.com").writeTo(root.resolve("downloads"), "hr-pack.jar");
    }

    @Test
    void installShowsWhatThePluginMayDoThenRecordsItAndItsCommandsRun() throws Exception {
        String sha256 = Sha256.of(hrJar);

        Result install = o365.run("plugins", "install", hrJar.toString(), "--yes");

        assertEquals(0, install.exitCode(), install::toString);
        assertTrue(install.err().contains("Plugin:        hr 1.0.0"), install::toString);
        assertTrue(install.err().contains("Provider:      Tests"), install::toString);
        assertTrue(install.err().contains("Services:      hr"), install::toString);
        assertTrue(install.err().contains("Contributions: (none)"), install::toString);
        assertTrue(install.err().contains("May ask tokens for: https://hr.contoso.com"), install::toString);
        assertTrue(install.err().contains("SHA-256:       " + sha256), install::toString);
        assertEquals(sha256, install.json().get("sha256").asText());
        JsonNode record = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Files.readString(o365.userPlugins().resolve("installed.json"))).get("plugins").get(0);
        assertEquals("hr", record.get("id").asText());
        assertEquals(hrJar.toString(), record.get("source").asText());
        assertEquals(sha256, record.get("sha256").asText());
        assertFalse(record.get("installedAt").asText().isEmpty());

        Result greet = o365.run("hr", "greet", "--name", "Ann");
        assertEquals(0, greet.exitCode(), greet::toString);
        JsonNode listed = plugin(o365.run("plugins", "list"), "hr");
        assertEquals(hrJar.toString(), listed.get("source").asText());
        assertEquals(sha256, listed.get("sha256").asText());
        assertEquals("started", listed.get("state").asText());
        assertEquals("https://hr.contoso.com", listed.get("resources").get(0).asText());
        assertEquals("distribution", plugin(o365.run("plugins", "list"), "hello").get("source").asText());
    }

    @Test
    void withoutTerminalAndWithoutYesInstallIsRefusedWithExitCode2() {
        Result install = o365.run("plugins", "install", hrJar.toString());

        assertEquals(2, install.exitCode(), install::toString);
        assertTrue(install.err().contains("add --yes to go ahead"), install::toString);
        assertNothingInstalled();
    }

    @Test
    void theAnswerOnTheTerminalDecides() {
        Result no = o365.withTerminal("n\n").run("plugins", "install", hrJar.toString());
        assertEquals(0, no.exitCode(), no::toString);
        assertTrue(no.err().contains("install plugin 'hr' 1.0.0? [y/N]"), no::toString);
        assertNothingInstalled();

        Result yes = o365.withTerminal("y\n").run("plugins", "install", hrJar.toString());
        assertEquals(0, yes.exitCode(), yes::toString);
        assertEquals(0, o365.run("hr", "greet", "--name", "x").exitCode());
    }

    @Test
    void aSha256ThatDoesNotMatchIsRefused() throws Exception {
        String other = "0".repeat(64);

        Result install = o365.run("plugins", "install", hrJar.toString(), "--sha256", other, "--yes");

        assertEquals(1, install.exitCode(), install::toString);
        assertTrue(install.err().contains("its SHA-256 is " + Sha256.of(hrJar) + ", not the " + other), install::toString);
        assertNothingInstalled();
        assertEquals(2, o365.run("plugins", "install", hrJar.toString(), "--sha256", "xyz", "--yes").exitCode());
        assertEquals(0, o365.run("plugins", "install", hrJar.toString(), "--sha256", Sha256.of(hrJar).toUpperCase(),
                "--yes").exitCode());
    }

    @Test
    void aServiceAnotherPluginClaimedIsRefusedNamingBoth() {
        o365.run("plugins", "install", hrJar.toString(), "--yes");
        Path rival = TestPlugins.service("hr-rival", "hr").writeTo(root.resolve("downloads"), "rival.jar");

        Result install = o365.run("plugins", "install", rival.toString(), "--yes");

        assertEquals(1, install.exitCode(), install::toString);
        assertTrue(install.err().contains("Error: Refusing plugin 'hr-rival': its service 'hr' belongs to plugin 'hr'"),
                install::toString);
        Path bundledRival = TestPlugins.service("hello-rival", "hello").writeTo(root.resolve("downloads"), "rival2.jar");
        assertTrue(o365.run("plugins", "install", bundledRival.toString(), "--yes").err()
                .contains("its service 'hello' belongs to plugin 'hello'"));
    }

    @Test
    void aCopiedPluginCannotTakeAServiceClaimedAtInstallWhateverItsName() throws Exception {
        o365.run("plugins", "install", hrJar.toString(), "--yes");
        // Before claims were recorded, the alphabetically first plugin won the name.
        TestPlugins.service("aaa-hr", "hr").writeTo(o365.userPlugins(), "aaa.jar");

        Result list = o365.run("plugins", "list");

        assertEquals("started", plugin(list, "hr").get("state").asText(), list::toString);
        assertTrue(plugin(list, "aaa-hr").get("error").asText().contains("service 'hr' belongs to plugin 'hr'"), list::toString);
        Result greet = o365.run("hr", "greet", "--name", "x");
        assertEquals(0, greet.exitCode(), greet::toString);
        assertEquals("hr", greet.json().get("service").asText());
    }

    @Test
    void aChangedFileIsRefusedWithOneWarningUntilInstalledAgain() throws Exception {
        o365.run("plugins", "install", hrJar.toString(), "--yes");
        Path installed = o365.userPlugins().resolve("hr-1.0.0.jar");
        TestPlugins.service("hr", "hr", "https://evil.example.com").writeTo(root.resolve("swap"), "hr.jar");
        Files.copy(root.resolve("swap/hr.jar"), installed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Result greet = o365.run("hr", "greet", "--name", "x");

        assertEquals(2, greet.exitCode(), greet::toString);
        assertEquals(1, greet.err().lines().filter(l -> l.startsWith("Warning: plugin 'hr'")
                && l.contains("hr-1.0.0.jar changed since it was installed")).count(), greet::toString);
        Result list = o365.run("plugins", "list", "-o", "json");
        assertEquals("failed", plugin(list, "hr").get("state").asText(), list::toString);

        Result again = o365.run("plugins", "install", root.resolve("swap/hr.jar").toString(), "--yes");
        assertEquals(0, again.exitCode(), again::toString);
        assertEquals(0, o365.run("hr", "greet", "--name", "x").exitCode());
    }

    @Test
    void aFileChangedWithItsSizeTimeAndInodeKeptIsStillRefusedWhenItsCodeLoads() throws Exception {
        o365.run("plugins", "install", hrJar.toString(), "--yes");
        assertEquals(0, o365.run("status").exitCode());
        HostEnvironment environment = new HostEnvironment("0.1.0", Optional.of(root.resolve("install")), o365.home(), Map.of());
        CommandIndexFile file = new CommandIndexFile(o365.home());
        CommandIndex index = file.read(InstallFingerprint.of(environment)).orElseThrow();
        Path other = TestPlugins.service("hr", "hr", "https://evil.example.com").writeTo(root.resolve("swap"), "hr.jar");
        Files.copy(other, o365.userPlugins().resolve("hr-1.0.0.jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // The index notices a change by size, time and file key; a tamperer could keep all three.
        file.write(new CommandIndex(InstallFingerprint.of(environment), index.reports(), index.services(),
                index.contributions(), index.plugins(), index.permissions()));

        Result greet = o365.run("hr", "greet", "--name", "x");

        assertEquals(2, greet.exitCode(), greet::toString);
        assertTrue(greet.err().contains("hr-1.0.0.jar changed since it was installed"), greet::toString);
    }

    @Test
    void aSecondInstallOfTheSameIdPointsToUpdate() {
        o365.run("plugins", "install", hrJar.toString(), "--yes");
        Path newer = TestPlugins.service("hr", "hr").manifest("Plugin-Version", "1.1.0").writeTo(root.resolve("v2"), "hr.jar");

        Result install = o365.run("plugins", "install", newer.toString(), "--yes");

        assertEquals(1, install.exitCode(), install::toString);
        assertTrue(install.err().contains("o365 plugins update hr"), install::toString);
    }

    @Test
    void aSourceThatIsNeitherFileNorUrlNorCoordinatesIsAUsageError() {
        Result install = o365.run("plugins", "install", root.resolve("missing.jar").toString(), "--yes");

        assertEquals(2, install.exitCode(), install::toString);
        assertTrue(install.err().contains("is not a plugin file, an https URL or Maven coordinates"), install::toString);
        assertEquals(2, o365.run("plugins", "install", "http://downloads.contoso.com/hr.jar", "--yes").exitCode());
    }

    private void assertNothingInstalled() {
        assertFalse(Files.exists(o365.userPlugins().resolve("hr-1.0.0.jar")));
        assertFalse(Files.exists(o365.userPlugins().resolve("installed.json")));
        assertEquals(2, o365.run("hr", "greet", "--name", "x").exitCode());
    }

    static JsonNode plugin(Result list, String id) {
        for (JsonNode plugin : list.json()) {
            if (plugin.get("id").asText().equals(id)) {
                return plugin;
            }
        }
        throw new AssertionError("no plugin '" + id + "' in " + list);
    }
}
