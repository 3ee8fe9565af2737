package org.o365cli.host.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real {@code Main} as a process: --debug is o365's trace, the plugin framework's log has its own switch. */
class PluginLoggingTest {

    @TempDir
    Path root;

    @Test
    void debugShowsNoPluginFrameworkLogging() throws Exception {
        String err = o365(Map.of(), "plugins", "list", "--debug");

        assertFalse(err.contains("org.pf4j"), err);
    }

    @Test
    void thePluginFrameworksLogIsShownWhenItsOwnSwitchAsks() throws Exception {
        String err = o365(Map.of(PluginLogging.VARIABLE, "debug"), "plugins", "list");

        assertTrue(err.lines().anyMatch(line -> line.contains("DEBUG org.pf4j")), err);
    }

    @Test
    void aWrongLevelIsNamedInOneWarning() throws Exception {
        String err = o365(Map.of(PluginLogging.VARIABLE, "loud"), "plugins", "list");

        // Only the first line: the test class path holds a second SLF4J provider, which SLF4J warns about.
        assertEquals("Warning: O365_PLUGIN_LOG_LEVEL is not one of off, error, warn, info, debug, trace;"
                + " the plugin framework's log stays off", err.lines().findFirst().orElse(""));
    }

    private String o365(Map<String, String> environment, String... args) throws Exception {
        Path install = root.resolve("install");
        TestPlugins.service("hello", "hello").writeTo(install.resolve("plugins"), "hello.jar");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path err = root.resolve("err.txt");
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", classPath, "-Do365.install=" + install, "org.o365cli.host.Main"));
        command.addAll(java.util.List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("O365_"));
        builder.environment().put("O365_HOME", root.resolve("home").toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("o365 did not finish");
        }
        assertEquals(0, process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
        return Files.readString(err, StandardCharsets.UTF_8);
    }
}
