package org.o365cli.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies of the built installation, which a test may move or change without touching target/o365. */
final class Installation {

    private Installation() {
    }

    /**
     * @param dist   the built installation
     * @param target where the copy goes
     * @return the copy's root
     */
    static Path copy(Path dist, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(dist)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path copied = target.resolve(dist.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copied);
                } else {
                    Files.copy(source, copied, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return target;
    }
}
