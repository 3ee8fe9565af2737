package org.o365cli.distribution;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.distribution.LauncherProcess.Result;

/** Runs the built launcher as a user would: from a copy of target/o365, through symlinks, and from the archives. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "exercises the POSIX launcher and tar")
class DistributionIT {

    private static final Path DIST = Path.of(property("o365.dist.dir"));
    private static final Path TAR_GZ = Path.of(property("o365.dist.tarGz"));
    private static final Path ZIP = Path.of(property("o365.dist.zip"));
    private static final String ARCHIVE_ROOT = property("o365.dist.archiveRoot");
    private static final Set<String> PLUGINS = Set.of("spo", "aad", "graph");

    @TempDir
    static Path work;
    static Path installed;
    static Path home;
    @TempDir
    Path elsewhere;

    @BeforeAll
    static void copyTheInstallation() throws IOException {
        installed = Installation.copy(DIST, work.resolve("opt/o365 copy"));
        home = Files.createDirectories(work.resolve("home"));
    }

    @Test
    void layoutHoldsTheLaunchersTheHostWithItsLibrariesAndOnlyThePluginJars() throws IOException {
        List<String> lib = names(DIST.resolve("lib"));
        assertAll(
                () -> assertEquals("rwxr-xr-x", PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(DIST.resolve("bin/o365")))),
                () -> assertTrue(Files.isRegularFile(DIST.resolve("bin/o365.cmd"))),
                () -> assertTrue(lib.stream().anyMatch(n -> n.startsWith("o365-host-")), lib::toString),
                () -> assertTrue(lib.stream().anyMatch(n -> n.startsWith("o365-auth-api-")), lib::toString),
                () -> assertTrue(lib.stream().anyMatch(n -> n.startsWith("picocli-")), lib::toString),
                () -> assertTrue(lib.stream().anyMatch(n -> n.startsWith("pf4j-")), lib::toString),
                () -> assertTrue(lib.stream().noneMatch(n -> n.startsWith("o365-plugin-")), lib::toString),
                () -> assertEquals(PLUGINS, pluginIds(names(DIST.resolve("plugins")))),
                () -> assertEquals(shippedManifest(), Files.readString(DIST.resolve("plugins/bundled.sha256"))));
    }

    // What `sha256sum *.jar` prints in plugins/: every plugin the installation ships, so indexed in-process.
    private static String shippedManifest() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String name : names(DIST.resolve("plugins")).stream().filter(n -> n.endsWith(".jar")).toList()) {
            byte[] digest;
            try {
                digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(DIST.resolve("plugins/" + name)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            text.append(java.util.HexFormat.of().formatHex(digest)).append("  ").append(name).append('\n');
        }
        return text.toString();
    }

    @Test
    void printsTheVersionFromACopiedInstallation() throws Exception {
        Result result = run(env(), launcher().toString(), "--version");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.stdout().startsWith("o365 "), result::toString);
    }

    @Test
    void aVersionThatCannotBeWrittenIsAnErrorInOneLine() throws Exception {
        // --version is answered before anything else is set up: a write that fails is still reported, not lost.
        Result result = run(env(), "sh", "-c", "exec \"$0\" --version >/dev/full", launcher().toString());

        assertOneLineError(result, "Could not write the output (No space left on device)");
    }

    @Test
    void findsItsInstallationThroughAChainOfRelativeSymlinks() throws Exception {
        // Inside the installation's temp dir, which JUnit deletes links and all.
        Path links = Files.createDirectories(work.resolve("my tools/bin"));
        Path step = Files.createDirectories(work.resolve("opt/chain")).resolve("o365-current");
        Files.createSymbolicLink(step, step.getParent().relativize(launcher()));
        Path link = Files.createSymbolicLink(links.resolve("o365"), links.relativize(step));
        Map<String, String> onPath = env();
        onPath.put("PATH", links + ":" + onPath.getOrDefault("PATH", "/usr/bin:/bin"));

        // ProcessBuilder looks programs up on the test's own PATH, so a shell does the PATH lookup.
        assertAll(
                () -> assertVersion(run(env(), link.toString(), "--version")),
                () -> assertVersion(runIn(links, env(), "./o365", "--version")),
                () -> assertVersion(run(onPath, "/bin/sh", "-c", "o365 --version")));
    }

    @Test
    void listsTheBundledPluginsAsStarted() throws Exception {
        Result result = run(env(), launcher().toString(), "plugins", "list", "-o", "json");

        assertEquals(0, result.exitCode(), result::toString);
        for (String plugin : PLUGINS) {
            assertTrue(result.stdout().contains("\"id\": \"" + plugin + "\""), result::toString);
        }
        assertEquals(3, result.stdout().split("\"state\": \"started\"", -1).length - 1, result::toString);
        assertEquals("", result.stderr(), result::toString);
    }

    @Test
    void helpOfABundledCommandShowsItsPermissionsOnTheRunThatIndexesThePluginsAndOnTheNext() throws Exception {
        Map<String, String> env = env();
        Path freshHome = Files.createDirectories(elsewhere.resolve("fresh home"));
        env.put("O365_HOME", freshHome.toString());
        for (int run = 0; run < 2; run++) {
            Result help = run(env, launcher().toString(), "spo", "app", "install", "--help");
            assertEquals(0, help.exitCode(), help::toString);
            assertTrue(help.stdout().replace("\r\n", "\n").contains("\nPermissions:\n  https://*.sharepoint.com\n"
                    + "    delegated:    AllSites.FullControl\n    application:  Sites.FullControl.All\n"), help::toString);
            assertTrue(Files.exists(freshHome.resolve("cache").resolve("command-index.bin")), "the first run indexed the plugins");
        }
    }

    @Test
    void brokenUserPluginIsListedWithItsErrorAndTheHostStillRuns() throws Exception {
        Path otherHome = Files.createDirectories(elsewhere.resolve("home-with-broken-plugin/plugins"));
        Files.writeString(otherHome.resolve("broken.jar"), "not a jar");
        Map<String, String> env = env();
        env.put("O365_HOME", otherHome.getParent().toString());

        assertVersion(run(env, launcher().toString(), "--version"));
        Result status = run(env, launcher().toString(), "status");
        assertEquals(0, status.exitCode(), status::toString);
        assertTrue(status.stderr().startsWith("Warning: plugin 'broken.jar'"), status::toString);

        Result list = run(env, launcher().toString(), "plugins", "list", "-o", "json");
        assertEquals(0, list.exitCode(), list::toString);
        assertTrue(list.stdout().contains("broken.jar is not a readable plugin jar"), list::toString);
        assertEquals(3, list.stdout().split("\"state\": \"started\"", -1).length - 1, list::toString);
    }

    // Meaningful only with the real host Main, which rejects an unknown config key naming it: the key arrives
    // as one argument only if the launcher passes "$@" intact (split, picocli would name 'such' and 'key').
    @Test
    void passesAnArgumentWithSpacesAsOneArgument() throws Exception {
        Result result = run(env(), launcher().toString(), "cli", "config", "get", "no such key");

        assertNotEquals(0, result.exitCode(), result::toString);
        assertTrue(result.stderr().contains("no such key"), result::toString);
    }

    @Test
    void splitsJavaOptsAndLetsThemChooseAnotherCollector() throws Exception {
        Map<String, String> env = env();
        // Unsplit, the JVM rejects the heap size; with the launcher's serial collector kept, it refuses two.
        env.put("JAVA_OPTS", "-Xmx64m  -XX:+UseG1GC");

        assertVersion(run(env, launcher().toString(), "--version"));
    }

    @Test
    void usesJavaFromPathWhenJavaHomeIsUnset() throws Exception {
        Map<String, String> env = env();
        env.remove("JAVA_HOME");
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));

        assertVersion(run(env, launcher().toString(), "--version"));
    }

    @Test
    void failsInOneLineNamingJavaHomeWhenItHoldsNoJava() throws Exception {
        Map<String, String> env = env();
        env.put("JAVA_HOME", elsewhere.resolve("no-such-jdk").toString());

        Result result = run(env, launcher().toString(), "--version");

        assertOneLineError(result, "JAVA_HOME");
        assertTrue(result.stderr().contains("no-such-jdk"), result::toString);
    }

    @Test
    void failsInOneLineWhenNoJavaCanBeFound() throws Exception {
        Map<String, String> env = env();
        env.remove("JAVA_HOME");
        env.put("PATH", elsewhere.toString());

        assertOneLineError(run(env, launcher().toString(), "--version"), "JAVA_HOME");
    }

    @Test
    void tarGzHoldsTheSameLayoutUnderAVersionedFolderWithAnExecutableLauncher() throws Exception {
        Result listing = run(env(), "tar", "tvzf", TAR_GZ.toString());
        assertEquals(0, listing.exitCode(), listing::toString);
        List<String> lines = listing.stdout().lines().toList();
        String launcherLine = lines.stream().filter(l -> l.endsWith(" " + ARCHIVE_ROOT + "/bin/o365")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + ARCHIVE_ROOT + "/bin/o365 in " + lines));

        assertTrue(launcherLine.startsWith("-rwxr-xr-x"), launcherLine);
        // The native client, where the build had a C compiler: executable too, or the launcher passes it by.
        lines.stream().filter(l -> l.endsWith(" " + ARCHIVE_ROOT + "/libexec/o365-client-linux-x86_64"))
                .forEach(l -> assertTrue(l.startsWith("-rwxr-xr-x"), l));
        Set<String> files = lines.stream().filter(l -> l.startsWith("-"))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(layoutFiles(), files);
    }

    @Test
    void zipHoldsTheSameLayoutUnderAVersionedFolder() throws IOException {
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            Set<String> files = zip.stream().filter(e -> !e.isDirectory()).map(e -> e.getName())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(layoutFiles(), files);
        }
    }

    private Path launcher() {
        return installed.resolve("bin/o365");
    }

    /** Every file of target/o365 as the archives name it, under their top folder. */
    private static Set<String> layoutFiles() throws IOException {
        try (Stream<Path> files = Files.walk(DIST)) {
            Set<String> expected = files.filter(Files::isRegularFile)
                    .map(f -> ARCHIVE_ROOT + "/" + DIST.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertTrue(expected.containsAll(Set.of(ARCHIVE_ROOT + "/bin/o365", ARCHIVE_ROOT + "/bin/o365.cmd")));
            assertEquals(PLUGINS, pluginIds(expected.stream()
                    .filter(f -> f.startsWith(ARCHIVE_ROOT + "/plugins/"))
                    .map(f -> f.substring(f.lastIndexOf('/') + 1)).toList()));
            return expected;
        }
    }

    /** The plugin id of every jar name, failing on anything that is not o365-plugin-<id>-<version>.jar. */
    private static Set<String> pluginIds(List<String> names) {
        Set<String> ids = new TreeSet<>();
        for (String name : names.stream().filter(n -> !n.equals("bundled.sha256")).toList()) {
            assertTrue(name.matches("o365-plugin-[a-z]+-.+\\.jar"), () -> "not a plugin jar: " + name);
            ids.add(name.substring("o365-plugin-".length(), name.indexOf('-', "o365-plugin-".length())));
        }
        assertEquals(names.size() - (names.contains("bundled.sha256") ? 1 : 0), ids.size(), names::toString);
        return ids;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertVersion(Result result) {
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.stdout().startsWith("o365 "), result::toString);
    }

    private static void assertOneLineError(Result result, String mentioned) {
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("", result.stdout(), result::toString);
        assertEquals(1, result.stderr().strip().lines().count(), result::toString);
        assertTrue(result.stderr().startsWith("Error: "), result::toString);
        assertTrue(result.stderr().contains(mentioned), result::toString);
    }

    /** The test's environment with a known Java, a throwaway O365_HOME and no user JVM options. */
    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeAll(List.of("JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("O365_HOME", home.toString());
        return env;
    }

    private Result run(Map<String, String> env, String... command) throws Exception {
        return runIn(elsewhere, env, command);
    }

    private Result runIn(Path cwd, Map<String, String> env, String... command) throws Exception {
        return LauncherProcess.run(elsewhere, cwd, env, command);
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run this test through mvn verify");
        }
        return value;
    }
}
