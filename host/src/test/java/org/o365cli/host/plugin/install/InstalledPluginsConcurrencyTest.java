package org.o365cli.host.plugin.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.host.cli.CliRunner;
import org.o365cli.host.cli.CliRunner.Result;
import org.o365cli.host.plugin.TestPlugins;

/** installed.json across o365 processes: changes at once keep each other's records, a corrupt file is never rewritten. */
class InstalledPluginsConcurrencyTest {

    @TempDir
    Path root;

    @Test
    void installsAndAnUninstallRunningAtOnceKeepEachOthersRecords() throws Exception {
        CliRunner o365 = new CliRunner(root);
        Path downloads = root.resolve("downloads");
        assertEquals(0, o365.run("plugins", "install", TestPlugins.service("old", "old").writeTo(downloads, "old.jar").toString(),
                "--yes").exitCode());
        assertEquals(0, o365.run("--version").exitCode()); // the command index, so that the racers need not rebuild it
        List<String[]> commands = new ArrayList<>();
        for (String id : List.of("alpha", "beta", "gamma")) {
            commands.add(new String[] {"plugins", "install",
                    TestPlugins.service(id, id).writeTo(downloads, id + ".jar").toString(), "--yes", "-o", "none"});
        }
        commands.add(new String[] {"plugins", "uninstall", "old", "-o", "none"});

        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            processes.add(o365.process(commands.get(i)).redirectOutput(root.resolve("out-" + i).toFile())
                    .redirectError(root.resolve("err-" + i).toFile()).start());
        }
        for (int i = 0; i < processes.size(); i++) {
            assertTrue(processes.get(i).waitFor(180, TimeUnit.SECONDS), "o365 " + String.join(" ", commands.get(i)) + " did not end");
            assertEquals(0, processes.get(i).exitValue(), Files.readString(root.resolve("err-" + i), StandardCharsets.UTF_8));
        }

        JsonNode records = new ObjectMapper().readTree(o365.userPlugins().resolve("installed.json").toFile()).get("plugins");
        List<String> ids = new ArrayList<>();
        records.forEach(r -> ids.add(r.get("id").asText()));
        assertEquals(List.of("alpha", "beta", "gamma"), ids.stream().sorted().toList(), records::toString);
        try (Stream<Path> files = Files.list(o365.userPlugins())) {
            assertEquals(List.of("alpha-1.0.0.jar", "beta-1.0.0.jar", "gamma-1.0.0.jar"), files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".jar")).sorted().toList());
        }
        for (String id : List.of("alpha", "beta", "gamma")) {
            Result greet = o365.run(id, "greet", "--name", "x");
            assertEquals(0, greet.exitCode(), greet::toString);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"version\": 1, \"plugins\": [{\"id\": \"hr\", \"version\": \"1.0", "", "[]"})
    void aCorruptInstalledJsonIsNamedAndNoCommandRewritesIt(String content) throws Exception {
        CliRunner o365 = new CliRunner(root);
        Path downloads = root.resolve("downloads");
        assertEquals(0, o365.run("plugins", "install", TestPlugins.service("hr", "hr").writeTo(downloads, "hr.jar").toString(),
                "--yes").exitCode());
        Path file = o365.userPlugins().resolve("installed.json");
        Files.writeString(file, content);
        String other = TestPlugins.service("other", "other").writeTo(downloads, "other.jar").toString();

        for (String[] command : new String[][] {{"plugins", "install", other, "--yes"}, {"plugins", "uninstall", "hr"},
                {"plugins", "update", "hr", other, "--yes"}}) {
            Result result = o365.run(command);

            assertEquals(1, result.exitCode(), result::toString);
            // Besides, every run warns that the installed plugins cannot be checked against their records.
            List<String> lines = result.err().lines().filter(line -> line.startsWith("Error:")).toList();
            assertEquals(1, lines.size(), result::toString);
            assertTrue(lines.get(0).startsWith("Error: Cannot read " + file + ": "), result::toString);
            assertTrue(lines.get(0).endsWith("; restore it from a backup, or delete it and install the plugins again"),
                    result::toString);
            assertEquals(content, Files.readString(file), result::toString);
        }
        assertTrue(Files.exists(o365.userPlugins().resolve("hr-1.0.0.jar")));
    }
}
