package org.o365cli.host.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.o365cli.auth.O365Exception;

/**
 * Runs code while holding a file's lock against other threads and other processes: the
 * connection store's, and {@code plugins/installed.json}'s. The lock file is the guarded file's
 * name plus {@code .lock}.
 *
 * <p>The lock is an OS file lock on a sibling file rather than on {@code connections.json}
 * itself, because that file is replaced by rename on every write (a lock on it would be held on a
 * file no longer in place, and Windows refuses to rename a locked file). A JVM holds a file lock
 * for all its threads and throws {@link java.nio.channels.OverlappingFileLockException} when it
 * asks twice, so threads first queue on an in-process lock. Closing any channel on the file drops
 * the process's lock on POSIX systems, so that in-process lock is one per lock file for the whole
 * JVM, shared by every instance: a resident runtime runs several users' commands (several stores
 * on one file) at once, and a thread must never open the file while another holds the lock.
 */
public final class StoreLock {

    private static final long POLL_MILLIS = 50;

    private final Path file;
    private final Path guarded;
    private final LockWait wait;
    /** One per lock file and JVM, as the OS lock it guards is one per file and process. */
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCAL = new ConcurrentHashMap<>();

    private final ReentrantLock local;

    /**
     * @param file the lock file, {@code <guarded file>.lock}, created 0600 when missing; its content is never used
     * @param wait how to wait while another process holds it
     */
    public StoreLock(Path file, LockWait wait) {
        this.file = file;
        String name = file.getFileName().toString();
        this.guarded = file.resolveSibling(name.endsWith(".lock") ? name.substring(0, name.length() - ".lock".length()) : name);
        this.wait = wait;
        this.local = LOCAL.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new ReentrantLock());
    }

    /** Whether the calling thread is inside {@link #run}. */
    boolean isHeldByCurrentThread() {
        return local.isHeldByCurrentThread();
    }

    /**
     * Runs the body under the lock, waiting while another thread or process holds it, up to the
     * {@link LockWait}'s bound. A thread already inside runs the body at once: the file lock is
     * held for it already.
     *
     * @param body what to run; its exceptions pass through after the lock is released
     * @return what the body returned
     * @throws O365Exception when the lock stays taken past the bound
     */
    public <T> T run(Supplier<T> body) {
        if (local.isHeldByCurrentThread()) {
            return body.get();
        }
        Duration bound = wait.giveUpAfter().get();
        long start = System.nanoTime();
        try {
            if (!local.tryLock(Math.min(bound.toMillis(), LockWait.NOTICE_AFTER.toMillis()), TimeUnit.MILLISECONDS)) {
                notice(bound);
                if (!local.tryLock(Math.max(0, bound.minus(LockWait.NOTICE_AFTER).toMillis()), TimeUnit.MILLISECONDS)) {
                    throw stuck(bound);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new O365Exception("Interrupted while waiting for the lock on " + file, e);
        }
        try (FileChannel channel = PrivateFiles.openPrivate(file); FileLock held = acquire(channel, start, bound)) {
            return body.get();
        } catch (IOException e) {
            throw new O365Exception("Cannot lock " + file + " (" + IoReason.of(e)
                    + "); check that the folder is yours and writable", e);
        } finally {
            local.unlock();
        }
    }

    private FileLock acquire(FileChannel channel, long start, Duration bound) throws IOException {
        boolean told = false;
        while (true) {
            FileLock lock = tryLock(channel);
            if (lock != null) {
                return lock;
            }
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            if (waited.compareTo(bound) >= 0) {
                throw stuck(bound);
            }
            if (!told && waited.compareTo(LockWait.NOTICE_AFTER) >= 0) {
                notice(bound);
                told = true;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new O365Exception("Interrupted while waiting for the lock on " + file, e);
            }
        }
    }

    private void notice(Duration bound) {
        wait.notice().accept("Waiting for another o365 process to finish with " + guarded
                + " (up to " + bound.toSeconds() + " s)…");
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Another store instance of this JVM holds it (tests run several): wait as for another process.
            return null;
        }
    }

    private O365Exception stuck(Duration bound) {
        return new O365Exception("Another o365 process kept " + guarded + " locked for more than "
                + bound.toSeconds() + " s, so this one gave up; try again, and if it happens again look for a stuck o365 process"
                + " (raise O365_LOCK_WAIT_SECONDS to wait longer)");
    }
}
