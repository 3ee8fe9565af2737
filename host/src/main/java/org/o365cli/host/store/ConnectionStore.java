package org.o365cli.host.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.o365cli.auth.O365Exception;

/**
 * The connections of every service in {@code $O365_HOME/connections.json}.
 *
 * <p>Reads take no lock: the file is only ever replaced whole, atomically. Every change is a
 * read-modify-write under a cross-process lock ({@code connections.json.lock}), so concurrent
 * {@code o365} processes never lose each other's updates, and a change to one service rewrites
 * the others exactly as they were.
 */
public final class ConnectionStore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final Path lockFile;
    private final Supplier<ObjectMapper> mapper;
    // A JVM cannot hold two FileLocks on one file, so threads of this process queue here first.
    private final ReentrantLock threads = new ReentrantLock();
    private ConnectionsCodec codec;

    /**
     * @param home   {@code $O365_HOME}
     * @param mapper the host's JSON mapper
     */
    public ConnectionStore(Path home, Supplier<ObjectMapper> mapper) {
        this.file = home.resolve("connections.json");
        this.lockFile = home.resolve("connections.json.lock");
        this.mapper = mapper;
    }

    /**
     * What {@link #withLock} does with the connection, and what it returns.
     *
     * @param <T>         the result type
     * @param replacement the connection to store, or null to leave the file as it is
     * @param result      the value withLock returns
     */
    public record Locked<T>(StoredConnection replacement, T result) {

        /** Leave the store as it is and return {@code result}. */
        public static <T> Locked<T> keep(T result) {
            return new Locked<>(null, result);
        }

        /** Store {@code connection} (replacing the service's) and return {@code result}. */
        public static <T> Locked<T> replace(StoredConnection connection, T result) {
            return new Locked<>(connection, result);
        }
    }

    /** The file the connections live in. */
    public Path file() {
        return file;
    }

    /** The service's connection, if any. */
    public Optional<StoredConnection> get(String service) {
        return Optional.ofNullable(read().connections().get(service));
    }

    /** Every connection, sorted by service. */
    public List<StoredConnection> all() {
        return List.copyOf(read().connections().values());
    }

    /** Stores a connection, replacing the service's previous one. */
    public void put(StoredConnection connection) {
        change(document -> document.with(connection.service(), connection));
    }

    /**
     * Forgets a service's connection.
     *
     * @return true when there was one
     */
    public boolean remove(String service) {
        boolean[] removed = new boolean[1];
        change(document -> {
            removed[0] = document.connections().containsKey(service);
            return removed[0] ? document.with(service, null) : document;
        });
        return removed[0];
    }

    /** Forgets every connection. */
    public void removeAll() {
        change(document -> ConnectionsDocument.empty());
    }

    /**
     * Runs {@code action} on the service's current connection, read afresh under the
     * cross-process lock, and stores what it returns. This is how renewal is single-flight
     * across processes: whoever gets the lock second sees the first one's fresh token.
     *
     * @param service the service
     * @param action  given the connection (empty when there is none), decides what to store and return
     * @param <T>     the result type
     * @return the action's result
     */
    public <T> T withLock(String service, Function<Optional<StoredConnection>, Locked<T>> action) {
        return locked(() -> {
            ConnectionsDocument document = readForChange();
            Locked<T> outcome = action.apply(Optional.ofNullable(document.connections().get(service)));
            if (outcome.replacement() != null) {
                write(document.with(service, outcome.replacement()));
            }
            return outcome.result();
        });
    }

    private void change(Function<ConnectionsDocument, ConnectionsDocument> change) {
        locked(() -> {
            ConnectionsDocument before = readForChange();
            ConnectionsDocument after = change.apply(before);
            if (after != before) {
                write(after);
            }
            return null;
        });
    }

    private <T> T locked(Supplier<T> work) {
        threads.lock();
        try {
            PrivateFiles.ensurePrivateDir(file.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lock(channel)) {
                return work.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new O365Exception("Interrupted while waiting for " + lockFile);
        } catch (IOException e) {
            throw new O365Exception("Cannot lock " + lockFile + " (" + e.getMessage() + "); check that "
                    + file.getParent() + " is writable");
        } finally {
            threads.unlock();
        }
    }

    // Another store object of this same JVM (tests, embedding) may hold the lock: the JVM then
    // refuses at once instead of waiting, so wait here.
    private static FileLock lock(FileChannel channel) throws IOException, InterruptedException {
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException e) {
                Thread.sleep(5);
            }
        }
    }

    private ConnectionsDocument read() {
        return read(false);
    }

    // Under the lock, a corrupt file is moved aside so that the change can go on with an empty store.
    private ConnectionsDocument readForChange() {
        return read(true);
    }

    private ConnectionsDocument read(boolean locked) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return ConnectionsDocument.empty();
        } catch (AccessDeniedException e) {
            throw new O365Exception("Cannot read " + file + ": permission denied; it must be readable by you (mode 0600)");
        } catch (IOException e) {
            throw new O365Exception("Cannot read " + file + ": " + e.getMessage());
        }
        try {
            return codec().read(bytes);
        } catch (ConnectionsCodec.NewerFormatException e) {
            throw new O365Exception(file + " was written by a newer o365 (" + e.getMessage()
                    + "); upgrade o365, or use another O365_HOME");
        } catch (ConnectionsCodec.CorruptException e) {
            if (!locked) {
                // Look again under the lock: another process may be replacing the file right now.
                return locked(() -> read(true));
            }
            Path aside = moveAside();
            throw new O365Exception(file + " was unreadable (" + e.getMessage() + ") and was moved to " + aside
                    + "; connect again with 'o365 <service> connect'");
        }
    }

    private Path moveAside() {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + LocalDateTime.now().format(STAMP));
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + ".corrupt-" + LocalDateTime.now().format(STAMP) + "-" + n);
        }
        try {
            Files.move(file, aside);
        } catch (NoSuchFileException e) {
            // Another process moved it aside first.
        } catch (IOException e) {
            throw new O365Exception(file + " is unreadable and could not be moved aside (" + e.getMessage()
                    + "); move it away by hand, then connect again");
        }
        return aside;
    }

    private void write(ConnectionsDocument document) {
        try {
            PrivateFiles.writeAtomically(file, codec().write(document));
        } catch (IOException e) {
            throw new O365Exception("Cannot write " + file + " (" + e.getMessage() + "); it is left as it was");
        }
    }

    private synchronized ConnectionsCodec codec() {
        if (codec == null) {
            codec = new ConnectionsCodec(mapper.get());
        }
        return codec;
    }
}
