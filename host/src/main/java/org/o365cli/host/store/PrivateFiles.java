package org.o365cli.host.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes the user's state files so that they are private (folder 0700, file 0600; on Windows an access
 * list for the owner alone, see {@link OwnerOnlyAcl}) and never
 * half-written: the bytes go to a temporary file in the same folder, are flushed to disk, and
 * the file is then renamed over the old one in one step. A reader sees the old file or the new
 * one, never a mix, even when the process dies mid-way.
 */
public final class PrivateFiles {

    static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /**
     * Creates the folder (and its parents) when missing, private to the owner (0700). A folder that
     * exists already is never changed: it may be shared, sticky or hold other files, and its mode is
     * its owner's choice. It is refused when others can write it, as they could then replace the files
     * o365 keeps tokens in.
     *
     * @param dir the folder
     * @throws IOException when it cannot be created
     * @throws org.o365cli.auth.O365Exception when it exists and others can write it
     */
    public static void ensurePrivateDir(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            refuseIfOthersCanWrite(dir);
            return;
        }
        // Every folder made here is private, not just the last: a cache under a missing O365_HOME
        // creates the home too, and o365 never changes a folder's mode once it exists.
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            ensurePrivateDir(parent);
        }
        try {
            Files.createDirectory(dir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return; // made meanwhile by another process, which made it private
        }
        if (POSIX) {
            Files.setPosixFilePermissions(dir, OWNER_DIR);
        } else {
            OwnerOnlyAcl.apply(dir);
        }
    }

    private static void refuseIfOthersCanWrite(Path dir) throws IOException {
        if (!POSIX) {
            return;
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(dir);
        if (mode.contains(PosixFilePermission.GROUP_WRITE) || mode.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new org.o365cli.auth.O365Exception(dir + " can be written by other users (" + PosixFilePermissions.toString(mode)
                    + "), so o365 will not keep connections there and leaves its mode as it is; set O365_HOME to a folder"
                    + " only you can write, e.g. mkdir -m 700 ~/.o365 && export O365_HOME=~/.o365");
        }
    }

    /**
     * Opens a file for writing, creating it mode 0600 in a private folder when missing. Meant for
     * lock files, whose content does not matter but whose existence must not leak to others.
     *
     * @param file the file to open
     * @return a channel open for writing
     * @throws IOException when it cannot be created or opened
     */
    public static FileChannel openPrivate(Path file) throws IOException {
        ensurePrivateDir(file.toAbsolutePath().getParent());
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (POSIX) {
            return FileChannel.open(file, options, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        }
        FileChannel channel = FileChannel.open(file, options);
        try {
            OwnerOnlyAcl.apply(file);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return channel;
    }

    /**
     * Replaces the file's content atomically, mode 0600.
     *
     * @param file    the file to write
     * @param content its new content
     * @throws IOException when it cannot be written; the old file is then left as it was
     */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        ensurePrivateDir(dir);
        Path temp = POSIX
                ? Files.createTempFile(dir, "." + file.getFileName(), ".tmp", PosixFilePermissions.asFileAttribute(OWNER_FILE))
                : Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            if (!POSIX) {
                OwnerOnlyAcl.apply(temp); // before the secret is written, so that it is never readable by others
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Deletes a scratch folder and everything in it, ignoring what cannot be deleted: what is left
     * costs disk space, never correctness.
     *
     * @param folder the folder
     */
    public static void deleteQuietly(Path folder) {
        try {
            org.pf4j.util.FileUtils.delete(folder);
        } catch (IOException e) {
            // see above
        }
    }
}
