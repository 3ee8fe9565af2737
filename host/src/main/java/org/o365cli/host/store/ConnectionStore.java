package org.o365cli.host.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.o365cli.auth.O365Exception;
import org.o365cli.host.store.LockedAction.Outcome;

/**
 * The user's connections, one per service, in {@code $O365_HOME/connections.json}.
 *
 * <p>Reads take no lock: the file is only ever replaced whole, by rename, so a reader sees one
 * complete version. Every change is a read-modify-write of the whole file under a lock shared by
 * all o365 processes ({@link StoreLock}), so two processes changing different services never
 * lose each other's change, and a renewal done by one is seen by the others
 * ({@link #withLock}).
 *
 * <p>A file that cannot be parsed is moved aside (never deleted) and the store starts empty; a
 * file from a newer o365 is refused and left untouched. Make one instance per process and share
 * it: the lock it holds belongs to the whole JVM.
 */
public final class ConnectionStore implements ConnectionSource {

    private static final DateTimeFormatter ASIDE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final ConnectionsFile codec;
    private final StoreLock lock;
    private final Clock clock;

    /**
     * @param home the user's state folder ({@code $O365_HOME})
     * @param json the host's JSON mapper; the store configures a copy of its own
     */
    public ConnectionStore(Path home, Supplier<ObjectMapper> json) {
        this(home, json, LockWait.quiet());
    }

    /**
     * @param home the user's state folder ({@code $O365_HOME})
     * @param json the host's JSON mapper; the store configures a copy of its own
     * @param wait how to wait while another process holds the store's lock
     */
    public ConnectionStore(Path home, Supplier<ObjectMapper> json, LockWait wait) {
        this(home, json, Clock.systemDefaultZone(), wait);
    }

    /** @param clock names a corrupt file moved aside, in local time as the user's {@code ls} shows it */
    ConnectionStore(Path home, Supplier<ObjectMapper> json, Clock clock) {
        this(home, json, clock, LockWait.quiet());
    }

    private ConnectionStore(Path home, Supplier<ObjectMapper> json, Clock clock, LockWait wait) {
        Path absolute = home.toAbsolutePath();
        this.file = absolute.resolve("connections.json");
        this.codec = new ConnectionsFile(json);
        this.lock = new StoreLock(absolute.resolve("connections.json.lock"), wait);
        this.clock = clock;
    }

    /** The file the connections live in. */
    public Path file() {
        return file;
    }

    /** The service's connection, if it has one. */
    @Override
    public Optional<StoredConnection> get(String service) {
        return Optional.ofNullable(read(service).get(service));
    }

    /** Every connection, sorted by service. */
    public List<StoredConnection> all() {
        return List.copyOf(read(null).values());
    }

    /** Stores the connection, replacing its service's previous one; other services' are kept. */
    public void put(StoredConnection connection) {
        String service = serviceOf(connection);
        update(service, connections -> connections.put(service, connection));
    }

    /**
     * Removes the service's connection.
     *
     * @return whether it had one
     */
    public boolean remove(String service) {
        Objects.requireNonNull(service, "service");
        return update(service, connections -> connections.remove(service) != null);
    }

    /**
     * Removes every connection, and the copies of corrupt files kept beside them, which may hold tokens.
     *
     * @return the corrupt copies removed, for the user to be told
     */
    public List<Path> removeAll() {
        return update(null, connections -> {
            connections.clear();
            return Leftovers.remove(file, Leftovers.CORRUPT_COPIES);
        });
    }

    /**
     * Checks that a connection could be stored now: the folder exists or can be made, the lock can be
     * taken and a file written beside {@code connections.json}. {@code connect} asks before signing in,
     * so that a user does not sign in (a device code, a browser) only to lose the connection.
     *
     * @throws O365Exception naming the folder, the reason and what to do
     */
    public void checkWritable() {
        lock.run(() -> {
            try {
                Files.delete(Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp"));
            } catch (IOException e) {
                throw new O365Exception("Cannot write in " + file.getParent() + " (" + IoReason.of(e) + "), so a connection could"
                        + " not be kept; make the folder yours and writable, or set O365_HOME to another folder", e);
            }
            return null;
        });
    }

    /**
     * Runs the action on the service's current connection, read again after the lock is taken,
     * and stores what it decides before the lock is released. Other processes' changes to this
     * and other services are never lost. The action must not call another changing method of
     * this store.
     *
     * @param service the service whose connection the action sees
     * @param action  decides, from the current connection, what to store and what to return
     * @return the action's {@link Outcome#value()}
     * @throws IllegalStateException when called from inside another change of this store
     */
    @Override
    public <T> T withLock(String service, LockedAction<T> action) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(action, "action");
        return update(service, connections -> {
            Outcome<T> outcome = Objects.requireNonNull(
                    action.apply(Optional.ofNullable(connections.get(service))), "the action's outcome");
            if (outcome instanceof Outcome.Replace<T> replace) {
                if (!service.equals(serviceOf(replace.connection()))) {
                    throw new IllegalArgumentException("An action on the " + service
                            + " connection cannot store one for " + replace.connection().service());
                }
                connections.put(service, replace.connection());
            } else if (outcome instanceof Outcome.Remove<T>) {
                connections.remove(service);
            }
            return outcome.value();
        });
    }

    private <T> T update(String service, Function<SortedMap<String, StoredConnection>, T> change) {
        if (lock.isHeldByCurrentThread()) {
            // The outer change would then write its older copy over the inner one's result.
            throw new IllegalStateException("A change to the connection store cannot run inside another");
        }
        return lock.run(() -> {
            // Only under the lock: a temporary file is then never one another process is still writing.
            Leftovers.remove(file, Leftovers.TEMPORARY_FILES);
            SortedMap<String, StoredConnection> before = readLocked(service);
            SortedMap<String, StoredConnection> after = new TreeMap<>(before);
            T result = change.apply(after);
            if (!after.equals(before)) {
                write(after);
            }
            return result;
        });
    }

    private SortedMap<String, StoredConnection> read(String service) {
        byte[] content = content();
        if (content == null) {
            return new TreeMap<>();
        }
        try {
            return codec.decode(content);
        } catch (ConnectionsFile.Corrupt e) {
            // Move it aside only under the lock and only if it is still corrupt: a writer may have
            // moved it and written a good file since, which must not be moved in its place.
            return lock.run(() -> readLocked(service));
        } catch (ConnectionsFile.TooNew e) {
            throw tooNew(e);
        }
    }

    private SortedMap<String, StoredConnection> readLocked(String service) {
        byte[] content = content();
        if (content == null) {
            return new TreeMap<>();
        }
        try {
            return codec.decode(content);
        } catch (ConnectionsFile.Corrupt e) {
            throw moveAside(e, service);
        } catch (ConnectionsFile.TooNew e) {
            throw tooNew(e);
        }
    }

    /** The file's bytes, or null when there is no file yet. */
    private byte[] content() {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new O365Exception("Cannot read " + file + " (" + IoReason.of(e)
                    + "); make it a file you own and can read (mode 600), or set O365_HOME to another folder", e);
        }
    }

    private void write(SortedMap<String, StoredConnection> connections) {
        try {
            PrivateFiles.writeAtomically(file, codec.encode(connections));
        } catch (IOException e) {
            throw new O365Exception("Cannot write " + file + " (" + IoReason.of(e) + "); it was left as it was; check free space and that "
                    + file.getParent() + " is yours and writable", e);
        }
    }

    /** Moves the corrupt file to a name of its own, never over another file. The reason holds no content. */
    private O365Exception moveAside(ConnectionsFile.Corrupt corrupt, String service) {
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

    private O365Exception tooNew(ConnectionsFile.TooNew e) {
        return new O365Exception(file + " was written by a newer o365 (format version " + e.version() + ", this one reads up to "
                + ConnectionsFile.VERSION + "); upgrade o365, or set O365_HOME to another folder to use this version");
    }

    private static String serviceOf(StoredConnection connection) {
        Objects.requireNonNull(connection, "connection");
        if (connection.service() == null || connection.service().isBlank()) {
            throw new IllegalArgumentException("A stored connection needs its service");
        }
        return connection.service();
    }
}
