package org.o365cli.host.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.auth.ServicePlugin;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.plugin.trust.Sha256;

/**
 * The plugins an installation ships (listed in {@code plugins/bundled.sha256}, unchanged) are indexed in
 * the process that needs the index; any other plugin sends the indexing to a separate process, as
 * {@link PluginContainmentTest} relies on. Which process ran a plugin's loading code is read from the
 * process id the plugin writes when its class loads.
 */
class BundledPluginsTest {

    @TempDir
    Path root;

    private CliRunner o365;
    private Path marker;

    @BeforeEach
    void runner() {
        o365 = new CliRunner(root);
        marker = root.resolve("loaded-by");
    }

    @Test
    void shippedPluginsAreIndexedInThisProcess() throws IOException {
        o365.ship(pidWriter(), "pid.jar");

        Result status = run("status");
        assertEquals(String.valueOf(ProcessHandle.current().pid()), Files.readString(marker), status::toString);
        assertEquals(0, run("pid", "--help").exitCode(), "the index made here serves the next run");
    }

    @Test
    void theManifestIsWhatSha256sumChecks() throws IOException {
        Path jar = o365.ship(pidWriter(), "pid.jar");
        assertEquals(Sha256.of(jar) + "  pid.jar\n",
                Files.readString(o365.bundledPlugins().resolve(BundledPlugins.FILE_NAME), StandardCharsets.UTF_8));
    }

    @Test
    void aPluginDroppedIntoTheInstallationIsIndexedByAnotherProcess() throws IOException {
        o365.ship(TestPlugins.service("hello", "hello"), "hello.jar");
        pidWriter().writeTo(o365.bundledPlugins(), "pid.jar");

        assertIndexedElsewhere(run("status"));
    }

    @Test
    void aChangedShippedArchiveIsIndexedByAnotherProcess() throws IOException {
        o365.ship(pidWriter(), "pid.jar");
        pidWriter().manifest("Plugin-Description", "changed after packaging").writeTo(o365.bundledPlugins(), "pid.jar");

        assertIndexedElsewhere(run("status"));
    }

    @Test
    void aPluginOfTheUsersSendsTheWholeIndexToAnotherProcess() throws IOException {
        o365.ship(pidWriter(), "pid.jar");
        TestPlugins.service("hello", "hello").writeTo(o365.userPlugins(), "hello.jar");

        assertIndexedElsewhere(run("status"));
    }

    @Test
    void aDamagedManifestListsNothing() throws IOException {
        o365.ship(pidWriter(), "pid.jar");
        Files.writeString(o365.bundledPlugins().resolve(BundledPlugins.FILE_NAME), "not a digest  pid.jar\n");

        assertIndexedElsewhere(run("status"));
    }

    private void assertIndexedElsewhere(Result result) throws IOException {
        assertTrue(Files.exists(marker), result::toString);
        assertNotEquals(String.valueOf(ProcessHandle.current().pid()), Files.readString(marker), result::toString);
    }

    private Result run(String... args) {
        Result result = o365.run(args);
        assertEquals(0, result.exitCode(), result::toString);
        return result;
    }

    private TestPluginJar pidWriter() {
        String path = marker.toAbsolutePath().toString().replace("\\", "\\\\");
        return TestPluginJar.withId("pid")
                .source("test.pid.Service", """
                        package test.pid;
                        import java.util.List;
                        import org.o365cli.auth.*;
                        public class Service implements ServicePlugin {
                            static {
                                try {
                                    java.nio.file.Files.writeString(java.nio.file.Path.of("%s"),
                                            String.valueOf(ProcessHandle.current().pid()));
                                } catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); }
                            }
                            public String name() { return "pid"; }
                            public String description() { return "Tells which process loaded it"; }
                            public List<String> declaredResources() { return List.of("https://pid.example.com"); }
                            public ConnectResource connectResource() { return ConnectResource.fixed("https://pid.example.com"); }
                            public List<Class<?>> commandClasses() { return List.of(); }
                        }
                        """.formatted(path))
                .service(ServicePlugin.class, "test.pid.Service");
    }
}
