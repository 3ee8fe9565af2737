package org.o365cli.host.plugin.install;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.o365cli.host.plugin.TestPluginJar;

/** A plugin zip as a pack with libraries ships it: {@code plugin.properties} and its code under {@code lib/}. */
final class TestPluginZip {

    private TestPluginZip() {
    }

    static Path write(TestPluginJar code, String id, String version, Path dir, String name) {
        try {
            Path jar = code.writeTo(Files.createTempDirectory(dir.getParent(), "zip-src"), id + ".jar");
            Files.createDirectories(dir);
            Path zip = dir.resolve(name);
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.putNextEntry(new ZipEntry("plugin.properties"));
                out.write(("plugin.id=" + id + "\nplugin.version=" + version + "\nplugin.requires=>=0.1.0\nplugin.provider=Tests\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.putNextEntry(new ZipEntry("lib/"));
                out.putNextEntry(new ZipEntry("lib/" + id + ".jar"));
                out.write(Files.readAllBytes(jar));
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
