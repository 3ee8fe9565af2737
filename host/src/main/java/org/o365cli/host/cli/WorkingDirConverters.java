package org.o365cli.host.cli;

import java.io.File;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

/**
 * Every command's (and plugin's) {@code Path} and {@code File} options, resolved against the user's working
 * directory, whatever the JVM's own. Classes rather than lambdas: picocli's class files are of Java 5, which the
 * class data cache can hold only unlinked, and assembling it links an interface a lambda implements, so one
 * lambda of {@code ITypeConverter} kept all of picocli out of the cache and had it read from its jar on every run.
 */
final class WorkingDirConverters {

    private WorkingDirConverters() {
    }

    static void register(CommandLine cli, Path workingDir) {
        cli.registerConverter(Path.class, new PathConverter(workingDir));
        cli.registerConverter(File.class, new FileConverter(workingDir));
    }

    private record PathConverter(Path workingDir) implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            return workingDir.resolve(value);
        }
    }

    private record FileConverter(Path workingDir) implements ITypeConverter<File> {
        @Override
        public File convert(String value) {
            return workingDir.resolve(value).toFile();
        }
    }
}
