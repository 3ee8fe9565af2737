package org.o365cli.host.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.o365cli.auth.O365Exception;

/**
 * The bytes of {@code connections.json} and what happens to a file that cannot be used: errors
 * that name the file and what to do, and a corrupt file moved aside. The {@link ConnectionStore}
 * decides when, under its lock.
 */
final class StoreFile {

    private static final DateTimeFormatter ASIDE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final Clock clock;

    /**
     * @param file  the connections file
     * @param clock names a corrupt file moved aside, in local time as the user's {@code ls} shows it
     */
    StoreFile(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The file's bytes, or null when there is no file yet. */
    byte[] content() {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new O365Exception("Cannot read " + file + " (" + IoReason.of(e)
                    + "); make it a file you own and can read (mode 600), or set O365_HOME to another folder", e);
        }
    }

    /** Replaces the file's content at once. */
    void write(byte[] content) {
        try {
            PrivateFiles.writeAtomically(file, content);
        } catch (IOException e) {
            throw new O365Exception("Cannot write " + file + " (" + IoReason.of(e) + "); it was left as it was; check free space and that "
                    + file.getParent() + " is yours and writable", e);
        }
    }

    /** Moves the corrupt file to a name of its own, never over another file. The reason holds no content. */
    O365Exception moveAside(ConnectionsFile.Corrupt corrupt, String service) {
        String connect = "'o365 " + (service == null ? "<service>" : service) + " connect'";
        String base = file.getFileName() + ".corrupt-" + ASIDE_STAMP.format(LocalDateTime.now(clock));
        Path aside = file.resolveSibling(base);
        for (int n = 2; ; n++) {
            try {
                // Without REPLACE_EXISTING the move fails rather than overwrite an earlier corrupt copy.
                Files.move(file, aside);
                break;
            } catch (FileAlreadyExistsException e) {
                aside = file.resolveSibling(base + "-" + n);
            } catch (IOException e) {
                return new O365Exception(file + " is unreadable (" + corrupt.getMessage() + ") and could not be moved aside ("
                        + IoReason.of(e) + "); move it away yourself, then connect again with " + connect);
            }
        }
        return new O365Exception(file + " was unreadable (" + corrupt.getMessage() + ") and was moved to " + aside
                + "; connect again with " + connect);
    }

    /** The error for a file of a newer format, which is left as it is. */
    O365Exception tooNew(ConnectionsFile.TooNew e) {
        return new O365Exception(file + " was written by a newer o365 (format version " + e.version() + ", this one reads up to "
                + ConnectionsFile.VERSION + "); upgrade o365, or set O365_HOME to another folder to use this version");
    }

}
