package org.o365cli.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.distribution.LauncherProcess.Result;

/**
 * o365-<version>-linux-x64.tar.gz (profile self-contained) unpacked elsewhere and run on a machine
 * with no Java to be found: no JAVA_HOME, and a PATH holding only the tools the launcher uses.
 */
@EnabledOnOs(OS.LINUX)
@EnabledIfSystemProperty(named = "o365.dist.selfContained", matches = ".+")
class SelfContainedIT {

    private static final String VERSION = System.getProperty("o365.version");
    /** What bin/o365 runs besides Java; /bin/sh is its interpreter. */
    private static final List<String> TOOLS = List.of("readlink", "ls", "cksum", "wc", "tr", "mkdir", "mv", "rm", "tar", "gzip");

    @TempDir
    static Path work;
    static Path installed;
    static Path tools;
    @TempDir
    Path home;

    @BeforeAll
    static void unpackOnAMachineWithoutJava() throws Exception {
        tools = Files.createDirectories(work.resolve("tools"));
        for (String tool : TOOLS) {
            Path real = Stream.of("/usr/bin/", "/bin/").map(dir -> Path.of(dir + tool)).filter(Files::isExecutable).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + tool + " on this machine"));
            Files.copy(real, tools.resolve(tool), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path opt = Files.createDirectories(work.resolve("opt"));
        Result unpacked = LauncherProcess.run(work, opt, Map.of("PATH", tools.toString()), "tar", "-xzf",
                System.getProperty("o365.dist.selfContained"));
        assertEquals(0, unpacked.exitCode(), unpacked::toString);
        installed = opt.resolve("o365-" + VERSION);
    }

    private Map<String, String> noJava() {
        return Map.of("PATH", tools.toString(), "HOME", home.toString(), "O365_HOME", home.resolve(".o365").toString());
    }

    private Result o365(Map<String, String> env, String... args) throws Exception {
        String[] command = Stream.concat(Stream.of(installed.resolve("bin/o365").toString()), Stream.of(args)).toArray(String[]::new);
        return LauncherProcess.run(work, home, env, command);
    }

    @Test
    void bringsAJava25RuntimeAndItsAotCache() throws IOException {
        assertTrue(Files.isExecutable(installed.resolve("runtime/bin/java")));
        assertTrue(Files.readString(installed.resolve("runtime/release")).contains("JAVA_VERSION=\"25"));
        assertTrue(Files.size(installed.resolve("runtime/o365.aot")) > 0);
        assertFalse(Files.exists(tools.resolve("java")));
    }

    @Test
    void printsTheVersionWithNoOtherJavaAndWritesNoCacheOfItsOwn() throws Exception {
        Result version = o365(noJava(), "--version");

        assertEquals(0, version.exitCode(), version::toString);
        assertEquals("o365 " + VERSION, version.stdout().strip(), version::toString);
        assertEquals("", version.stderr(), version::toString);
        Path perUser = home.resolve(".o365/cache/jvm");
        try (Stream<Path> made = Files.exists(perUser) ? Files.list(perUser) : Stream.empty()) {
            assertEquals(List.of(), made.toList(), "the packaged AOT cache is used, none is made per user");
        }
    }

    @Test
    void itsOwnRuntimeWinsOverAJavaHomeThatIsNotThere() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(noJava());
        env.put("JAVA_HOME", work.resolve("no-such-jdk").toString());

        Result version = o365(env, "--version");

        assertEquals(0, version.exitCode(), version::toString);
        assertEquals("o365 " + VERSION, version.stdout().strip(), version::toString);
    }

    @Test
    void theHostsClassesComeFromThePackagedAotCacheWhereverItIsUnpacked() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(noJava());
        env.put("JAVA_OPTS", "-Xlog:class+load=info:stderr");

        Result version = o365(env, "--version");

        assertEquals(0, version.exitCode(), version::toString);
        assertTrue(version.stderr().contains("org.o365cli.host.Main source: shared objects file"),
                () -> version.stderr().lines().filter(l -> l.contains("org.o365cli.host.Main")).toList().toString());
    }

    @Test
    void signsInToTheSandboxAndListsItsUsers() throws Exception {
        Result connect = o365(noJava(), "graph", "connect", "--sandbox");
        Result users = o365(noJava(), "graph", "user", "list", "-o", "json");

        assertEquals(0, connect.exitCode(), connect::toString);
        assertEquals(0, users.exitCode(), users::toString);
        assertTrue(users.stdout().contains("MeganB@contoso.onmicrosoft.com"), users::toString);
    }
}
