package org.o365cli.host.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.plugin.TestPlugins;

/** A command that runs out of memory ends with one line saying what to do, never a stack trace. */
class OutOfMemoryTest {

    private static final String LINE = "Error: o365 ran out of memory (Java heap space); lower O365_HTTP_MAX_BODY_MIB, or give"
            + " Java more memory with JAVA_OPTS=-Xmx1g";

    @TempDir
    Path root;

    private CliRunner o365;

    @BeforeEach
    void install() {
        o365 = new CliRunner(root);
        o365.ship(TestPlugins.service("hello", "hello"), "hello.jar");
    }

    @Test
    void outOfMemoryIsOneLineOnStderrAndExitOne() {
        Result result = o365.run("hello", "fail", "--kind", "oom");

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals(LINE + System.lineSeparator(), result.err(), result::toString);
        assertEquals("", result.out());
    }

    @Test
    void evenWithDebugNoStackTrace() {
        Result result = o365.run("hello", "fail", "--kind", "oom", "--debug");

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals(LINE, result.err().strip().lines().reduce((a, b) -> b).orElse(""), result::toString);
        assertEquals(false, result.err().contains("\tat "), result::toString);
    }
}
