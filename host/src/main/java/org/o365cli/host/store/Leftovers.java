package org.o365cli.host.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.o365cli.auth.O365Exception;

/**
 * Files beside {@code connections.json} that hold tokens but are no connection: temporary files of
 * writes a crash or kill interrupted ({@link PrivateFiles#writeAtomically}), and copies of corrupt
 * files moved aside. Callers hold the store's lock, so no other process is writing a temporary file.
 */
final class Leftovers {

    /** The glob of a write's temporary files, {@code .connections.json<random>.tmp}. */
    static final String TEMPORARY_FILES = ".%s*.tmp";
    /** The glob of corrupt copies, {@code connections.json.corrupt-<stamp>[-n]}. */
    static final String CORRUPT_COPIES = "%s.corrupt-*";

    private Leftovers() {
    }

    /**
     * @param file the connections file
     * @param glob one of the globs above
     * @return the files removed
     */
    static List<Path> remove(Path file, String glob) {
        Path dir = file.getParent();
        List<Path> removed = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, glob.formatted(file.getFileName()))) {
            for (Path leftover : found) {
                if (Files.isRegularFile(leftover, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(leftover)) {
                    removed.add(leftover);
                }
            }
        } catch (NoSuchFileException e) {
            return removed;
        } catch (IOException e) {
            throw new O365Exception("Cannot remove leftover files in " + dir + " (" + IoReason.of(e)
                    + "); remove " + glob.formatted(file.getFileName()) + " there yourself", e);
        }
        return removed;
    }
}
