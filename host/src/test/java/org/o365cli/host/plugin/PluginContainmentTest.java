package org.o365cli.host.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.auth.ServicePlugin;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;

/**
 * A plugin that misbehaves while loading (throws, sleeps, prints, ends the process) cannot take
 * the host's own commands down: real o365 processes, real plugin jars.
 */
class PluginContainmentTest {

    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "throws | throw new IllegalStateException(\"no config\"); | IllegalStateException: no config",
        "exits  | System.exit(3);                                 | it ended the o365 process while loading",
        "sleeps | try { Thread.sleep(600_000); } catch (InterruptedException e) { } | did not finish loading within 15 s",
        "prints | System.out.println(\"HELLO FROM LOADING\");     | ",
    })
    void hostCommandsWorkWhateverAPluginDoesWhileLoading(String kind, String constructor, String reason) throws Exception {
        CliRunner o365 = new CliRunner(root).withEnvironment(Map.of("O365_PLUGIN_LOAD_TIMEOUT", "15"));
        TestPlugins.service("hello", "hello").writeTo(o365.bundledPlugins(), "hello.jar");
        misbehaving(constructor).writeTo(o365.userPlugins(), "bad.jar");

        Result version = run(o365, "--version");
        assertEquals(0, version.exitCode(), version::toString);
        assertEquals("o365 0.1.0", version.out().strip(), version::toString);
        Result list = run(o365, "plugins", "list", "-o", "json");
        assertEquals(0, list.exitCode(), list::toString);
        JsonNode bad = plugin(new ObjectMapper().readTree(list.out()), "bad");
        if (reason == null) {
            assertEquals("started", bad.get("state").asText(), list::toString);
            // --version builds no index; the first run that does shows what the plugin printed, on stderr.
            assertTrue(list.err().contains("HELLO FROM LOADING"), "what it printed went to stderr: " + list);
        } else {
            assertEquals("failed", bad.get("state").asText(), list::toString);
            assertTrue(bad.get("error").asText().contains(reason), list::toString);
        }
        for (String[] command : new String[][] {{"status"}, {"--help"}, {"plugins", "info", "hello"}, {"hello", "greet", "--name", "x"}}) {
            Result result = run(o365, command);
            assertEquals(0, result.exitCode(), result::toString);
            assertFalse(result.out().contains("HELLO FROM LOADING"), result::toString);
        }
        if (reason != null) {
            Result own = run(o365, "bad", "go");
            assertEquals(2, own.exitCode(), own::toString);
            assertTrue(own.err().contains("Warning: plugin 'bad'") && own.err().contains(reason), own::toString);
        }
    }

    @Test
    void aPluginThatEndsTheProcessInItsPluginStartIsLeftOutByName() throws Exception {
        CliRunner o365 = new CliRunner(root).withEnvironment(Map.of("O365_PLUGIN_LOAD_TIMEOUT", "15"));
        TestPlugins.service("hello", "hello").writeTo(o365.bundledPlugins(), "hello.jar");
        misbehaving("").manifest("Plugin-Class", "test.bad.Starter")
                .source("test.bad.Starter", """
                        package test.bad;
                        public class Starter extends org.pf4j.Plugin {
                            @Override public void start() { System.exit(4); }
                        }
                        """)
                .writeTo(o365.userPlugins(), "bad.jar");

        Result version = run(o365, "--version");
        assertEquals(0, version.exitCode(), version::toString);
        Result list = run(o365, "plugins", "list", "-o", "json");
        assertEquals(0, list.exitCode(), list::toString);
        JsonNode bad = plugin(new ObjectMapper().readTree(list.out()), "bad");
        assertEquals("failed", bad.get("state").asText(), list::toString);
        assertTrue(bad.get("error").asText().contains("it ended the o365 process while loading"), list::toString);
        Result hello = run(o365, "hello", "greet", "--name", "x");
        assertEquals(0, hello.exitCode(), hello::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "exits in its constructor | System.exit(3);   |                | plugin 'bad' ended the process while loading (System.exit?)",
        "exits in Plugin.start    |                   | System.exit(4); | plugin 'bad' ended the process while loading (System.exit?)",
        "hangs in its constructor | try { Thread.sleep(600_000); } catch (InterruptedException e) { } | |"
                + " plugin 'bad' did not finish loading within 3 s (O365_PLUGIN_LOAD_TIMEOUT)",
        "hangs in Plugin.start    |                   | try { Thread.sleep(600_000); } catch (InterruptedException e) { } |"
                + " plugin 'bad' did not finish loading within 3 s (O365_PLUGIN_LOAD_TIMEOUT)",
    })
    void installRunsNoneOfTheCandidatesCodeInItsOwnProcess(String kind, String constructor, String start, String error)
            throws Exception {
        CliRunner o365 = new CliRunner(root).withEnvironment(Map.of("O365_PLUGIN_LOAD_TIMEOUT", "3"));
        TestPlugins.service("hello", "hello").writeTo(o365.bundledPlugins(), "hello.jar");
        TestPluginJar candidate = misbehaving(constructor == null ? "" : constructor);
        if (start != null) {
            candidate.manifest("Plugin-Class", "test.bad.Starter").source("test.bad.Starter", """
                    package test.bad;
                    public class Starter extends org.pf4j.Plugin {
                        @Override public void start() { %s }
                    }
                    """.formatted(start));
        }
        Path jar = candidate.writeTo(root.resolve("downloads"), "bad.jar");
        assertEquals(0, run(o365, "plugins", "install", TestPlugins.service("hr", "hr").writeTo(root.resolve("downloads"),
                "hr.jar").toString(), "--yes").exitCode());
        String installedBefore = Files.readString(o365.userPlugins().resolve("installed.json"));
        List<String> folderBefore = listing(o365.userPlugins());

        Result install = run(o365, "plugins", "install", jar.toString(), "--yes");

        assertEquals(1, install.exitCode(), install::toString);
        // The test class path has two SLF4J providers; SLF4J says so on its own, as no distribution does.
        assertEquals(List.of("Error: " + error + "; nothing was installed"),
                install.err().lines().filter(line -> !line.startsWith("SLF4J")).toList(), install::toString);
        assertEquals("", install.out(), install::toString);
        assertEquals(installedBefore, Files.readString(o365.userPlugins().resolve("installed.json")));
        assertEquals(folderBefore, listing(o365.userPlugins()));
        Result version = run(o365, "--version");
        assertEquals(0, version.exitCode(), version::toString);
        assertEquals("o365 0.1.0", version.out().strip(), version::toString);
        Result list = run(o365, "plugins", "list", "-o", "json");
        assertEquals(0, list.exitCode(), list::toString);
        List<String> ids = ids(new ObjectMapper().readTree(list.out()));
        assertTrue(ids.containsAll(List.of("hello", "hr")) && !ids.contains("bad"), list::toString);
    }

    @Test
    void whatACandidatePrintsWhileInstallingGoesToStderrAndTheRecordToStdout() throws Exception {
        CliRunner o365 = new CliRunner(root);
        Path jar = misbehaving("System.out.println(\"HELLO FROM LOADING\");").writeTo(root.resolve("downloads"), "bad.jar");

        Result install = run(o365, "plugins", "install", jar.toString(), "--yes", "-o", "json");

        assertEquals(0, install.exitCode(), install::toString);
        assertTrue(install.err().contains("HELLO FROM LOADING"), install::toString);
        assertEquals("bad", new ObjectMapper().readTree(install.out()).get("id").asText(), install::toString);
        assertEquals(0, run(o365, "bad", "--help").exitCode());
    }

    private static List<String> listing(Path folder) throws java.io.IOException {
        try (var files = Files.walk(folder)) {
            return files.map(f -> folder.relativize(f) + (Files.isDirectory(f) ? "/" : " " + f.toFile().length())).sorted().toList();
        }
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new java.util.ArrayList<>();
        list.forEach(plugin -> ids.add(plugin.get("id").asText()));
        return ids.stream().sorted().toList();
    }

    private static TestPluginJar misbehaving(String constructor) {
        return TestPluginJar.withId("bad")
                .source("test.bad.Service", """
                        package test.bad;
                        import java.util.List;
                        import org.o365cli.auth.*;
                        public class Service implements ServicePlugin {
                            public Service() { %s }
                            public String name() { return "bad"; }
                            public String description() { return "Misbehaves while loading"; }
                            public List<String> declaredResources() { return List.of("https://bad.example.com"); }
                            public ConnectResource connectResource() { return ConnectResource.fixed("https://bad.example.com"); }
                            public List<Class<?>> commandClasses() { return List.of(); }
                        }
                        """.formatted(constructor))
                .service(ServicePlugin.class, "test.bad.Service");
    }

    private static Result run(CliRunner o365, String... args) throws Exception {
        Process process = o365.process(args).start();
        process.getOutputStream().close();
        byte[][] streams = new byte[2][];
        Thread errReader = new Thread(() -> {
            try {
                streams[1] = process.getErrorStream().readAllBytes();
            } catch (java.io.IOException e) {
                streams[1] = new byte[0];
            }
        });
        errReader.start();
        streams[0] = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "o365 " + String.join(" ", args) + " did not end");
        errReader.join();
        return new Result(process.exitValue(), new String(streams[0], StandardCharsets.UTF_8),
                new String(streams[1], StandardCharsets.UTF_8));
    }

    private static JsonNode plugin(JsonNode list, String id) {
        for (JsonNode plugin : list) {
            if (plugin.get("id").asText().equals(id)) {
                return plugin;
            }
        }
        throw new AssertionError("no plugin '" + id + "' in " + list);
    }
}
