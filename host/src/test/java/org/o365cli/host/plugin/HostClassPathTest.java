package org.o365cli.host.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.o365cli.host.config.HostEnvironment;

/** The class path whose extensions the index may remember: only one the installation's fingerprint covers. */
class HostClassPathTest {

    @TempDir
    Path root;

    @Test
    void aClassPathWhollyInTheInstallationsLibIsKnownInOrder() {
        Path lib = root.resolve("install").resolve("lib");

        String known = HostClassPath.of(installation(), List.of(lib.resolve("b.jar"), lib.resolve("a.jar")));

        assertEquals(lib.resolve("b.jar") + File.pathSeparator + lib.resolve("a.jar") + File.pathSeparator, known);
    }

    @Test
    void anEntryOutsideLibOrNoInstallationMakesItUnknown() {
        Path lib = root.resolve("install").resolve("lib");

        assertEquals("", HostClassPath.of(installation(), List.of(lib.resolve("a.jar"), root.resolve("classes"))));
        assertEquals("", HostClassPath.of(installation(), List.of(lib.resolve("..").resolve("plugins").resolve("p.jar"))));
        assertEquals("", HostClassPath.of(new HostEnvironment("0.1.0", Optional.empty(), root, Map.of()),
                List.of(lib.resolve("a.jar"))));
        assertEquals("", HostClassPath.of(installation(), List.of()));
    }

    @Test
    void theTestsOwnClassPathIsNotAnInstallations() {
        assertTrue(HostClassPath.of(installation(), HostClassPathTest.class.getClassLoader()).isEmpty());
    }

    private HostEnvironment installation() {
        return new HostEnvironment("0.1.0", Optional.of(root.resolve("install")), root.resolve("home"), Map.of());
    }
}
