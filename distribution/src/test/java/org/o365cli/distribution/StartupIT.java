package org.o365cli.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.o365cli.distribution.LauncherProcess.Result;

/**
 * What makes a run start fast, checked on the built launcher: host commands load no plugin, nimbus
 * or HTTP class once the command index exists, and the per-user class data cache (CDS archive on
 * Java 17-24, AOT cache on Java 25+) is made once, then used, and ignored safely when damaged.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "exercises the POSIX launcher")
class StartupIT {

    private static final Path LAUNCHER = Path.of(System.getProperty("o365.dist.dir"), "bin", "o365");
    private static final Path JDK25 = Path.of(System.getProperty("o365.test.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
    private static final String VERSION = "o365 " + System.getProperty("o365.version", "0.1.0") + "\n";
    private static final List<String> NEVER_FOR_HOST_COMMANDS = List.of("org.o365cli.plugins.", "com.nimbusds.",
            "java.net.http.", "sun.security.ssl.");

    @TempDir
    Path work;

    @Test
    void hostCommandsLoadNoPluginNimbusOrHttpClass() throws Exception {
        assertEquals(0, run(env(javaHome()), "status").exitCode(), "the first run makes the command index");
        for (List<String> args : List.of(List.of("--version"), List.of("--help"), List.of("status"), List.of("plugins", "list"))) {
            List<String> loaded = classesLoadedBy(args);
            assertTrue(loaded.stream().anyMatch(l -> l.contains("org.o365cli.host.Main ")), "the log is written");
            for (String prefix : NEVER_FOR_HOST_COMMANDS) {
                assertFalse(loaded.stream().anyMatch(l -> l.contains("] " + prefix)), () -> "o365 " + args + " loaded " + prefix
                        + loaded.stream().filter(l -> l.contains("] " + prefix)).findFirst().orElse(""));
            }
        }
        List<String> graphHelp = classesLoadedBy(List.of("graph", "--help"));
        assertTrue(graphHelp.stream().anyMatch(l -> l.contains("] org.o365cli.plugins.graph.")), "graph's own plugin runs");
        assertFalse(graphHelp.stream().anyMatch(l -> l.contains("] org.o365cli.plugins.spo.")), "no other plugin is loaded");
    }

    @Test
    void theClassDataCacheIsMadeAfterTheFirstRunThenUsed() throws Exception {
        assertHelp(run(env(javaHome()), "--help"));
        Path archive = awaitCacheFile(".jsa");
        assertEquals(Files.size(archive) + ".jsa", archive.getFileName().toString().replaceFirst(".*-", ""));

        List<String> loaded = classesLoadedBy(List.of("--help"));
        assertTrue(loaded.stream().anyMatch(l -> l.contains("org.o365cli.host.Main source: shared objects file")),
                () -> String.join("\n", loaded.subList(0, Math.min(20, loaded.size()))));
    }

    @Test
    void firstRunsStartedTogetherLeaveOneArchive() throws Exception {
        // Both find no archive, so both record their classes and assemble an archive (of another size) after they end.
        LauncherProcess.Running help = LauncherProcess.start(work, work, env(javaHome()), LAUNCHER.toString(), "--help");
        LauncherProcess.Running status = LauncherProcess.start(work, work, env(javaHome()), LAUNCHER.toString(), "status");
        assertHelp(help.finish());
        Result statusResult = status.finish();
        assertEquals(0, statusResult.exitCode(), statusResult::toString);

        awaitCacheFile(".jsa");
    }

    @Test
    void versionStartsFromTheJdksOwnArchiveAndRecordsNone() throws Exception {
        Result version = run(env(javaHome()), "--version");
        assertEquals(VERSION, version.stdout(), version::toString);
        assertEquals("", version.stderr(), version::toString);
        assertFalse(Files.exists(cacheDir()) && assembled(".jsa"), "no archive recorded by --version");

        assertHelp(run(env(javaHome()), "--help"));
        awaitCacheFile(".jsa");
        List<String> loaded = classesLoadedBy(List.of("--version"));
        assertTrue(loaded.stream().anyMatch(l -> l.contains("org.o365cli.host.Main source: file:")),
                () -> loaded.stream().filter(l -> l.contains("org.o365cli.host.Main")).findFirst().orElse("Main not loaded"));
    }

    @Test
    void theArchiveMadeAfterHelpAloneAlsoHoldsTheClassesOfTheCommonPaths() throws Exception {
        assertHelp(run(env(javaHome()), "--help"));
        awaitCacheFile(".jsa");

        // --help reads no connection; lib/o365.classlist, merged into the archive, has the store's reading.
        List<String> loaded = classesLoadedBy(List.of("status"));
        assertTrue(loaded.stream().anyMatch(l -> l.contains("org.o365cli.host.store.ConnectionsFile source: shared objects file")),
                () -> loaded.stream().filter(l -> l.contains("ConnectionsFile")).findFirst().orElse("ConnectionsFile not loaded"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncated", "zeroed", "foreign"})
    void aDamagedOrForeignArchiveIsIgnoredAndNothingReachesStdout(String damage) throws Exception {
        assertHelp(run(env(javaHome()), "--help"));
        Path archive = awaitCacheFile(".jsa");
        byte[] good = Files.readAllBytes(archive);
        switch (damage) {
            case "truncated" -> Files.write(archive, Arrays.copyOf(good, good.length / 2));
            case "zeroed" -> {
                Arrays.fill(good, 0, 4096, (byte) 0);
                Files.write(archive, good);
            }
            default -> {
                // A real archive of another program, named as ours with its true size, so only the JVM can refuse it.
                Path foreign = work.resolve("foreign.jsa");
                Path picocli = onlyFile(LAUNCHER.getParent().resolveSibling("lib"), "picocli-");
                Result made = LauncherProcess.run(work, work, env(javaHome()), javaHome().resolve("bin/java").toString(),
                        "-XX:ArchiveClassesAtExit=" + foreign, "-cp", picocli.toString(), "picocli.AutoComplete", "--help");
                assertTrue(Files.size(foreign) > 0, made::toString);
                Files.delete(archive);
                Files.copy(foreign, archive.resolveSibling(archive.getFileName().toString()
                        .replaceFirst("-\\d+\\.jsa$", "-" + Files.size(foreign) + ".jsa")));
            }
        }
        for (int run = 0; run < 2; run++) {
            assertHelp(run(env(javaHome()), "--help"));
        }
    }

    @Test
    void javaTwentyFiveGetsAnAotCacheAssembledAfterTheFirstRun() throws Exception {
        assumeTrue(Files.isExecutable(JDK25.resolve("bin/java")), "no JDK 25 at " + JDK25 + " (-Do365.test.jdk25=…)");
        Result first = run(env(JDK25), "--version");
        assertEquals(VERSION, first.stdout(), first::toString);
        assertEquals("", first.stderr(), first::toString);
        Path cache = awaitCacheFile(".aot");

        Files.write(cache, Arrays.copyOf(Files.readAllBytes(cache), 4096));
        Result truncated = run(env(JDK25), "--version");
        assertEquals(VERSION, truncated.stdout(), truncated::toString);
        assertEquals("", truncated.stderr(), truncated::toString);
    }

    @Test
    void aJavaSwitchedBehindTheSameLinkIsNoticedThoughTheLastRunIsRecorded() throws Exception {
        assumeTrue(Files.isExecutable(JDK25.resolve("bin/java")), "no JDK 25 at " + JDK25 + " (-Do365.test.jdk25=…)");
        // `java` on PATH as update-alternatives makes it: a link, here to this Java, then switched to Java 25.
        Path alternatives = Files.createDirectories(work.resolve("alternatives"));
        Path java = Files.createSymbolicLink(alternatives.resolve("java"), javaHome().resolve("bin/java"));
        Map<String, String> env = env(javaHome());
        env.remove("JAVA_HOME");
        env.put("PATH", alternatives + ":" + env.get("PATH"));
        assertHelp(run(env, "--help"));
        awaitCacheFile(".jsa");
        assertHelp(run(env, "--help"));

        Files.delete(java);
        Files.createSymbolicLink(java, JDK25.resolve("bin/java"));
        Result switched = run(env, "--version");

        assertEquals(VERSION, switched.stdout(), switched::toString);
        assertEquals("", switched.stderr(), switched::toString);
        awaitCacheFile(".aot");
    }

    @Test
    void aTieredCompilationChosenInJavaOptsReplacesTheLaunchersSingleCompilerThread() throws Exception {
        Map<String, String> env = env(javaHome());
        // With all tiers, the JVM refuses to start with one compiler thread.
        env.put("JAVA_OPTS", "-XX:TieredStopAtLevel=4");

        Result result = run(env, "--version");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(VERSION, result.stdout(), result::toString);
    }

    @Test
    void oO365CdsOffMakesNoCache() throws Exception {
        Map<String, String> env = env(javaHome());
        env.put("O365_CDS", "off");

        assertEquals(VERSION, run(env, "--version").stdout());
        assertFalse(Files.exists(cacheDir()));
    }

    private static void assertHelp(Result result) {
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.stdout().startsWith("Usage: o365"), result::toString);
        assertEquals("", result.stderr(), result::toString);
    }

    private List<String> classesLoadedBy(List<String> args) throws Exception {
        Path log = Files.createTempFile(work, "classes", ".log");
        Map<String, String> env = env(javaHome());
        env.put("JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        Result result = run(env, args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result::toString);
        assertFalse(result.stdout().contains("[info]"), "the class log stays out of stdout");
        return Files.readAllLines(log);
    }

    // The cache is assembled in the background after the first run; until then runs go without it.
    private Path awaitCacheFile(String suffix) throws Exception {
        for (int wait = 0; wait < 300 && !assembled(suffix); wait++) {
            Thread.sleep(500);
        }
        return onlyCacheFile(suffix);
    }

    private boolean assembled(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(cacheDir())) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            return names.stream().anyMatch(n -> n.startsWith("o365-") && n.endsWith(suffix))
                    && names.stream().noneMatch(n -> n.startsWith(".o365-"));
        }
    }

    // Background assemblies still running would write into the folder JUnit is deleting.
    @AfterEach
    void awaitBackgroundAssemblies() throws Exception {
        for (int wait = 0; wait < 300 && Files.isDirectory(cacheDir()) && inProgress(); wait++) {
            Thread.sleep(500);
        }
    }

    private boolean inProgress() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir())) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(".o365-"));
        }
    }

    private Path onlyCacheFile(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(cacheDir())) {
            List<Path> found = files.filter(f -> f.getFileName().toString().startsWith("o365-")
                    && f.toString().endsWith(suffix)).toList();
            assertEquals(1, found.size(), found::toString);
            return found.get(0);
        }
    }

    private static Path onlyFile(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    private Path cacheDir() {
        return work.resolve("home/cache/jvm");
    }

    private static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    private Map<String, String> env(Path javaHome) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeAll(List.of("JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "O365_CDS"));
        env.put("JAVA_HOME", javaHome.toString());
        env.put("O365_HOME", work.resolve("home").toString());
        // What a process of its own loads and caches: the runtime's client is ResidentIT's.
        env.put("O365_RESIDENT", "off");
        return env;
    }

    private Result run(Map<String, String> env, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = LAUNCHER.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        return LauncherProcess.run(work, work, env, command);
    }
}
