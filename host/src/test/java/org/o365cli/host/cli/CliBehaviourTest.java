package org.o365cli.host.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.plugin.TestPlugins;

/** Exit codes, error lines, help and the global options, as a user meets them. */
class CliBehaviourTest {

    @TempDir
    Path root;

    private CliRunner o365;

    @BeforeEach
    void install() {
        o365 = new CliRunner(root);
        o365.ship(TestPlugins.service("hello", "hello"), "hello.jar");
    }

    @Test
    void versionOptionPrintsTheVersionLine() {
        Result result = o365.run("--version");

        assertEquals(0, result.exitCode());
        assertEquals("o365 0.1.0" + System.lineSeparator(), result.out());
    }

    @Test
    void versionCommandReturnsData() {
        Result result = o365.run("version");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("0.1.0", result.json().get("version").asText());
        assertEquals(o365.home().toString(), result.json().get("home").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "hello gret --name x | Did you mean: hello greet?",
        "hello greet --name x --nme y | Unknown options: '--nme'",
        "hello greet          | Missing required option: '--name=<name>'",
        "hello greet --name   | Missing required parameter for option '--name'",
        "plugins list -o xml  | Invalid output format 'xml': use one of json, text, csv, md, none",
    })
    void usageErrorsExitWithTwoAndSayWhatToDo(String commandLine, String expected) {
        Result result = o365.run(commandLine.trim().split("\\s+"));

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("Error: "), result::toString);
        assertTrue(result.err().contains(expected), result::toString);
        assertTrue(result.err().contains("--help' for more information."), result::toString);
        assertEquals("", result.out(), "nothing on stdout");
    }

    @Test
    void failingCommandPrintsOneErrorLineAndExitsWithOne() {
        Result result = o365.run("hello", "fail");

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("Error: Site https://contoso.sharepoint.com/sites/x not found; check --url", result.err().trim());
        assertEquals("", result.out());
    }

    @Test
    void unexpectedFailureNamesItselfAndPointsToDebug() {
        Result result = o365.run("hello", "fail", "--kind", "bug");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("Error: NullPointerException"), result::toString);
        assertTrue(result.err().contains("run again with --debug"), result::toString);
        assertFalse(result.err().contains("\tat "), "no stack trace without --debug");
    }

    @Test
    void debugAddsTheStackTrace() {
        Result result = o365.run("hello", "fail", "--debug");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("Error: Site"), result::toString);
        assertTrue(result.err().contains("\tat "), result::toString);
    }

    @Test
    void globalOptionsWorkBeforeTheServiceToo() {
        Result result = o365.run("-o", "text", "hello", "greet", "--name", "x");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("greeting: Hello x"), result::toString);
    }

    @Test
    void groupWithoutCommandShowsItsHelp() {
        Result result = o365.run("hello");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("The hello test service"), result::toString);
        assertTrue(result.out().contains("greet"), result::toString);
    }

    @Test
    void helpOfACommandListsTheGlobalOptions() {
        Result result = o365.run("hello", "greet", "--help");

        assertEquals(0, result.exitCode(), result::toString);
        for (String option : new String[] {"--output", "--query", "--debug", "--verbose", "--help", "--name"}) {
            assertTrue(result.out().contains(option), option + " in " + result);
        }
    }

    @Test
    void outputDefaultComesFromConfig() {
        assertEquals(0, o365.run("cli", "config", "set", "output", "csv").exitCode());

        Result result = o365.run("hello", "people");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("name,age,city"), result::toString);
        assertTrue(o365.run("hello", "people", "-o", "json").out().startsWith("["), "the option wins over the config");
    }

    @Test
    void configEditedByHandToABadFormatIsAClearError() throws Exception {
        java.nio.file.Files.createDirectories(o365.home());
        java.nio.file.Files.writeString(o365.home().resolve("config.json"), "{\"output\":\"yaml\"}");

        Result result = o365.run("hello", "people");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("sets output to 'yaml'"), result::toString);
        assertTrue(result.err().contains("o365 cli config set output json"), result::toString);
    }

    @Test
    void completionScriptCoversPluginCommands() {
        Result bash = o365.run("cli", "completion", "bash");

        assertEquals(0, bash.exitCode(), bash::toString);
        assertTrue(bash.out().startsWith("#!/usr/bin/env bash"), bash::toString);
        assertTrue(bash.out().contains("greet"), "plugin command in the script");
        assertTrue(bash.out().contains("--output"), "global option in the script");
        Result zsh = o365.run("cli", "completion", "zsh");
        assertEquals(0, zsh.exitCode(), zsh::toString);
        assertTrue(zsh.out().contains("bashcompinit"), zsh::toString);
        assertEquals(2, o365.run("cli", "completion", "fish").exitCode());
    }
}
