package org.o365cli.host.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;

/**
 * The command index: made by the first run, then host commands run no plugin code and a service
 * command loads only the plugins owning it; it follows every change of the installed plugins.
 */
class CommandIndexTest {

    @TempDir
    Path root;

    private CliRunner o365;
    private Path marker;
    private Path index;

    @BeforeEach
    void installPlugins() {
        o365 = new CliRunner(root);
        marker = root.resolve("mark-loaded");
        index = o365.home().resolve("cache").resolve("command-index.bin");
        TestPlugins.service("hello", "hello").writeTo(o365.bundledPlugins(), "hello.jar");
        TestPlugins.markingService("mark", "mark", marker).writeTo(o365.userPlugins(), "mark.jar");
    }

    @Test
    void theVersionNeedsNoIndexAndRunsNoPluginCode() {
        Result version = o365.run("--version");

        assertEquals(0, version.exitCode(), version::toString);
        assertEquals("o365 0.1.0" + System.lineSeparator(), version.out(), version::toString);
        assertEquals("", version.err(), version::toString);
        assertFalse(Files.exists(index), "--version builds no index");
        assertFalse(Files.exists(marker), "--version loads no plugin");
    }

    @Test
    void onceIndexedHostCommandsAndOtherServicesRunNoCodeOfThePlugin() throws IOException {
        assertEquals(0, o365.run("status").exitCode());
        assertTrue(Files.exists(index), "the first run saves the index");
        assertTrue(Files.exists(marker), "the first run loads every plugin to make the index");
        Files.delete(marker);

        for (List<String> args : List.of(List.of("--version"), List.of("--help"), List.of("status"),
                List.of("plugins", "list"), List.of("plugins", "info", "mark"), List.of("hello", "greet", "--name", "x"),
                List.of("hello", "--help"), List.of("cli", "config", "list"))) {
            Result result = o365.run(args.toArray(String[]::new));
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals("", result.err(), result::toString);
            assertFalse(Files.exists(marker), () -> "o365 " + args + " ran code of the plugin 'mark'");
        }
        Result help = o365.run("--help");
        assertTrue(help.out().contains("mark") && help.out().contains("The mark marking service"), help::toString);
        Result info = o365.run("plugins", "info", "mark");
        assertEquals("started", info.json().get("state").asText(), info::toString);
        assertEquals("mark", info.json().get("services").get(0).asText(), info::toString);

        Result touch = o365.run("mark", "touch");
        assertEquals(0, touch.exitCode(), touch::toString);
        assertEquals("touched", touch.json().asText());
        assertTrue(Files.exists(marker), "the service's own plugin runs its command");
    }

    @Test
    void aPluginDroppedInAppearsOnTheNextRunAndARemovedOneIsGone() throws IOException {
        assertEquals(0, o365.run("status").exitCode());
        Path extra = TestPlugins.service("extra", "extra").writeTo(o365.userPlugins(), "extra.jar");

        Result added = o365.run("extra", "greet", "--name", "Ann");
        assertEquals(0, added.exitCode(), added::toString);
        assertEquals("Hello Ann", added.json().get("greeting").asText());
        assertTrue(o365.run("--help").out().contains("The extra test service"));

        Files.delete(extra);
        Result removed = o365.run("extra", "greet", "--name", "Ann");
        assertEquals(2, removed.exitCode(), removed::toString);
        assertTrue(removed.err().contains("extra"), removed::toString);
        assertFalse(o365.run("--help").out().contains("The extra test service"));
        assertFalse(o365.run("plugins", "list").out().contains("\"extra\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "truncated", "empty", "other fingerprint", "format 1"})
    void aDamagedIndexIsRebuiltSilently(String damage) throws IOException {
        assertEquals(0, o365.run("status").exitCode());
        byte[] good = Files.readAllBytes(index);
        Files.write(index, switch (damage) {
            case "garbage" -> "{ not an index }".getBytes(StandardCharsets.UTF_8);
            case "truncated" -> Arrays.copyOf(good, good.length / 2);
            case "empty" -> new byte[0];
            case "format 1" -> formatOne(good);
            default -> new String(good, StandardCharsets.ISO_8859_1).replace("host 0.1.0", "host 9.9.9")
                    .getBytes(StandardCharsets.ISO_8859_1);
        });
        Files.delete(marker);

        Result list = o365.run("plugins", "list");

        assertEquals(0, list.exitCode(), list::toString);
        assertEquals("", list.err(), list::toString);
        assertTrue(list.out().contains("\"mark\""), list::toString);
        assertTrue(Files.exists(marker), "a damaged index is not trusted: every plugin is loaded again");
        Files.delete(marker);
        assertEquals(0, o365.run("status").exitCode());
        assertFalse(Files.exists(marker), "the index was saved again");
    }

    // A file written before commands' permissions were indexed: same magic, format 1 in the next four bytes.
    private static byte[] formatOne(byte[] good) {
        byte[] old = good.clone();
        assertEquals(4, old[7], "the current format");
        old[7] = 1;
        return old;
    }

    @Test
    void theHostsClassPathAndItsExtensionsAreKeptInTheIndexFile() throws IOException {
        CommandIndexFile file = new CommandIndexFile(root.resolve("round-trip"));
        CommandIndex written = new CommandIndex("fingerprint", List.of(), List.of(), List.of(), Map.of(), List.of(),
                "/opt/o365/lib/a.jar:", List.of("org.example.Service", "org.example.Contribution"));

        file.write(written);

        assertEquals(written, file.read("fingerprint").orElseThrow());
    }

    @Test
    void anUnknownServiceIsAUsageErrorWithAndWithoutTheIndex() {
        for (int run = 0; run < 2; run++) {
            Result result = o365.run("hr", "employee", "get", "--help");
            assertEquals(2, result.exitCode(), result::toString);
            assertTrue(result.err().contains("hr"), result::toString);
            assertEquals("", result.out(), result::toString);
        }
    }

    @Test
    void aBrokenPluginIsReportedOnEveryRunFromTheIndex() {
        TestPlugins.serviceWithThrowingCommand("badcmd", "badcmd").writeTo(o365.userPlugins(), "badcmd.jar");
        for (int run = 0; run < 2; run++) {
            Result result = o365.run("status");
            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(result.err().contains("Warning: plugin 'badcmd'") && result.err().contains("command constructor failed"),
                    result::toString);
        }
        Result invoked = o365.run("badcmd", "bad");
        assertEquals(2, invoked.exitCode(), invoked::toString);
    }
}
