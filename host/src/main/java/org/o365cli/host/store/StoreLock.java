package org.o365cli.host.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.o365cli.auth.O365Exception;

/**
 * Runs code while holding the store's lock against other threads and other processes.
 *
 * <p>The lock is an OS file lock on a sibling file rather than on {@code connections.json}
 * itself, because that file is replaced by rename on every write (a lock on it would be held on a
 * file no longer in place, and Windows refuses to rename a locked file). A JVM holds a file lock
 * for all its threads and throws {@link java.nio.channels.OverlappingFileLockException} when it
 * asks twice, so threads first queue on an in-process lock. Closing any channel on the file may
 * drop the JVM's lock on some systems, so one instance must be the only user of its lock file
 * within a process.
 */
final class StoreLock {

    private final Path file;
    private final ReentrantLock local = new ReentrantLock();

    /** @param file the lock file, created 0600 when missing; its content is never used */
    StoreLock(Path file) {
        this.file = file;
    }

    /** Whether the calling thread is inside {@link #run}. */
    boolean isHeldByCurrentThread() {
        return local.isHeldByCurrentThread();
    }

    /**
     * Runs the body under the lock, waiting as long as another thread or process holds it. A
     * thread already inside runs the body at once: the file lock is held for it already.
     *
     * @param body what to run; its exceptions pass through after the lock is released
     * @return what the body returned
     */
    <T> T run(Supplier<T> body) {
        if (local.isHeldByCurrentThread()) {
            return body.get();
        }
        local.lock();
        try (FileChannel channel = PrivateFiles.openPrivate(file); FileLock held = channel.lock()) {
            return body.get();
        } catch (IOException e) {
            throw new O365Exception("Cannot lock " + file + " (" + IoReason.of(e)
                    + "); check that the folder is yours and writable", e);
        } finally {
            local.unlock();
        }
    }
}
