package org.o365cli.host.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.auth.ServicePlugin;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;

/** Loading real plugin jars: good ones work, each kind of broken one is reported and left out. */
class PluginLoadingTest {

    @TempDir
    Path root;

    private CliRunner o365;

    @BeforeEach
    void installGoodPlugin() {
        o365 = new CliRunner(root);
        TestPlugins.service("hello", "hello").writeTo(o365.bundledPlugins(), "hello.jar");
    }

    @Test
    void goodPluginIsStartedAndItsCommandRunsWithItsServiceContext() {
        Result result = o365.run("hello", "greet", "--name", "Zoë");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("Hello Zoë", result.json().get("greeting").asText());
        assertEquals("hello", result.json().get("service").asText());
        assertEquals("", result.err());
        JsonNode hello = plugin(o365.run("plugins", "list"), "hello");
        assertEquals("started", hello.get("state").asText());
        assertEquals("hello", hello.get("services").get(0).asText());
        assertEquals("https://hello.example.com", hello.get("resources").get(0).asText());
        assertTrue(hello.get("error").isNull());
    }

    @Test
    void pluginInUserFolderLoadsBesideTheBundledOnes() {
        TestPlugins.service("extra", "extra").writeTo(o365.userPlugins(), "extra.jar");

        Result result = o365.run("extra", "greet", "--name", "x");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("started", plugin(o365.run("plugins", "list"), "extra").get("state").asText());
    }

    @Test
    void badDescriptorIsReportedAndTheHostStillRuns() {
        TestPluginJar.withoutId().writeTo(o365.userPlugins(), "nameless.jar");

        assertBrokenButHostRuns("nameless.jar", "failed", "id");
    }

    @Test
    void extensionThatThrowsInItsConstructorIsReported() {
        TestPlugins.throwingService("boom").writeTo(o365.userPlugins(), "boom.jar");

        assertBrokenButHostRuns("boom", "failed", "boom in constructor");
    }

    @Test
    void missingExtensionClassIsReported() {
        TestPluginJar.withId("ghost").service(ServicePlugin.class, "test.ghost.Missing").writeTo(o365.userPlugins(), "ghost.jar");

        assertBrokenButHostRuns("ghost", "failed", "test.ghost.Missing not found");
    }

    @Test
    void fileThatIsNotAnArchiveIsReported() throws Exception {
        java.nio.file.Files.createDirectories(o365.userPlugins());
        java.nio.file.Files.writeString(o365.userPlugins().resolve("truncated.jar"), "PK not really");

        assertBrokenButHostRuns("truncated.jar", "failed", "truncated.jar is not a readable plugin jar, zip or folder");
    }

    @Test
    void secondPluginWithTheSameIdIsReported() {
        TestPlugins.service("hello", "hello").writeTo(o365.userPlugins(), "hello-copy.jar");

        assertBrokenButHostRuns("hello-copy.jar", "failed", "plugin id 'hello' is already used by ");
    }

    @Test
    void pluginListedInDisabledTxtIsDisabled() throws Exception {
        TestPlugins.service("extra", "extra").writeTo(o365.userPlugins(), "extra.jar");
        java.nio.file.Files.writeString(o365.userPlugins().resolve("disabled.txt"), "extra\n");

        Result list = o365.run("plugins", "list");

        assertEquals("disabled", plugin(list, "extra").get("state").asText(), list::toString);
        assertEquals(2, o365.run("extra", "greet", "--name", "x").exitCode());
    }

    @Test
    void pluginRequiringNewerHostIsDisabledWithTheReason() {
        TestPlugins.service("future", "future").manifest("Plugin-Requires", ">=9.0.0")
                .writeTo(o365.userPlugins(), "future.jar");

        assertBrokenButHostRuns("future", "disabled", "requires o365 >=9.0.0 but this is o365 0.1.0");
        assertEquals(2, o365.run("future", "greet", "--name", "x").exitCode());
    }

    @Test
    void pluginBundlingTheContractIsRefused() {
        TestPlugins.service("bundler", "bundler")
                .entry("org/o365cli/auth/Auth.class", "not really a class".getBytes(StandardCharsets.UTF_8))
                .writeTo(o365.userPlugins(), "bundler.jar");

        assertBrokenButHostRuns("bundler.jar", "failed", "bundles its own copy of org.o365cli.auth");
        assertEquals(2, o365.run("bundler", "greet", "--name", "x").exitCode());
    }

    @Test
    void aPackBundlingAJacksonModuleTheHostDoesNotShipLoadsWhileOneBundlingDatabindIsRefused() {
        TestPlugins.service("yamlpack", "yamlpack")
                .entry("com/fasterxml/jackson/dataformat/yaml/YAMLFactory.class", "not loaded".getBytes(StandardCharsets.UTF_8))
                .writeTo(o365.userPlugins(), "yamlpack.jar");
        TestPlugins.service("databindpack", "databindpack")
                .entry("com/fasterxml/jackson/databind/ObjectMapper.class", "not loaded".getBytes(StandardCharsets.UTF_8))
                .writeTo(o365.userPlugins(), "databindpack.jar");

        Result yaml = o365.run("yamlpack", "greet", "--name", "x");

        assertEquals(0, yaml.exitCode(), yaml::toString);
        assertBrokenButHostRuns("databindpack.jar", "failed", "bundles its own copy of com.fasterxml.jackson.databind");
    }

    @Test
    void secondPluginClaimingTheSameServiceIsRefused() {
        TestPlugins.service("zz-hello-again", "hello").writeTo(o365.userPlugins(), "again.jar");

        assertBrokenButHostRuns("zz-hello-again", "failed", "service 'hello' is already provided by plugin 'hello'");
        Result result = o365.run("hello", "greet", "--name", "x");
        assertEquals(0, result.exitCode(), result::toString);
    }

    @Test
    void commandThatThrowsWhenBuiltTakesOnlyItsPluginDown() {
        TestPlugins.serviceWithThrowingCommand("badcmd", "badcmd").writeTo(o365.userPlugins(), "badcmd.jar");

        Result invoked = o365.run("badcmd", "bad");
        assertEquals(2, invoked.exitCode(), invoked::toString);
        assertTrue(invoked.err().contains("Warning: plugin 'badcmd'"), invoked::toString);
        assertTrue(invoked.err().contains("command constructor failed"), invoked::toString);
        assertBrokenButHostRuns("badcmd", "failed", "command constructor failed");
    }

    @Test
    void contributionAddsCommandsUnderAnotherPluginsService() {
        TestPlugins.contribution("contoso-pack", "hello").writeTo(o365.userPlugins(), "pack.jar");

        Result result = o365.run("hello", "contoso", "audit");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("hello-a", result.json().get(0).get("site").asText());
        JsonNode pack = plugin(o365.run("plugins", "list"), "contoso-pack");
        assertEquals("started", pack.get("state").asText());
        assertEquals("hello", pack.get("services").get(0).asText());
        assertEquals("https://audit.contoso.com", pack.get("resources").get(0).asText());
    }

    @Test
    void pluginsInfoShowsTheDescriptor() {
        Result result = o365.run("plugins", "info", "hello");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("1.0.0", result.json().get("version").asText());
        assertEquals("Tests", result.json().get("provider").asText());
        assertEquals(">=0.1.0", result.json().get("requires").asText());
    }

    private void assertBrokenButHostRuns(String id, String state, String errorFragment) {
        Result version = o365.run("--version");
        assertEquals(0, version.exitCode(), version::toString);
        assertEquals("o365 0.1.0", version.out().trim());

        Result list = o365.run("plugins", "list");
        assertEquals(0, list.exitCode(), list::toString);
        JsonNode broken = plugin(list, id);
        assertEquals(state, broken.get("state").asText(), list::toString);
        assertTrue(broken.get("error").asText().contains(errorFragment), list::toString);
        assertEquals("started", plugin(list, "hello").get("state").asText(), "the good plugin still runs");
        long warnings = list.err().lines().filter(l -> l.startsWith("Warning: plugin '" + id + "'")).count();
        assertEquals(1, warnings, list::toString);
        assertFalse(list.err().contains("\tat "), "no stack trace without --debug");

        Result good = o365.run("hello", "greet", "--name", "x");
        assertEquals(0, good.exitCode(), good::toString);
    }

    private static JsonNode plugin(Result list, String id) {
        for (JsonNode plugin : list.json()) {
            if (plugin.get("id").asText().equals(id)) {
                return plugin;
            }
        }
        throw new AssertionError("no plugin '" + id + "' in " + list);
    }
}
