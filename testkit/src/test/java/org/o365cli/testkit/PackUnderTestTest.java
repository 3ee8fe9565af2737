package org.o365cli.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which archive the end-to-end tests run: the zip with lib/ when the build made one, else the jar. */
class PackUnderTestTest {

    @TempDir
    Path target;

    @AfterEach
    void forget() {
        System.clearProperty(PackUnderTest.JAR_PROPERTY);
        System.clearProperty(PackUnderTest.ZIP_PROPERTY);
    }

    @Test
    void theZipIsRunWhenTheBuildMadeOneElseTheJar() throws IOException {
        Path jar = Files.writeString(target.resolve("hr-pack-1.0.0.jar"), "jar");
        System.setProperty(PackUnderTest.JAR_PROPERTY, jar.toString());
        System.setProperty(PackUnderTest.ZIP_PROPERTY, target.resolve("hr-pack-1.0.0-plugin.zip").toString());
        assertEquals(jar, PackUnderTest.built().archive());

        Path zip = Files.writeString(target.resolve("hr-pack-1.0.0-plugin.zip"), "zip");
        assertEquals(zip, PackUnderTest.built().archive());
    }

    @Test
    void outsideTheEndToEndPhaseTheErrorSaysToNameTheTestIt() {
        IllegalStateException error = assertThrows(IllegalStateException.class, PackUnderTest::built);
        assertTrue(error.getMessage().contains("*IT"), error.getMessage());
    }

    @Test
    void aPackThatWasNotBuiltIsRefusedSayingToBuildIt() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PackUnderTest.of(target.resolve("missing.jar")));
        assertTrue(error.getMessage().contains("build it first"), error.getMessage());
    }
}
