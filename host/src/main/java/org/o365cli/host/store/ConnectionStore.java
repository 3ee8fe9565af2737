package org.o365cli.host.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.UsageException;
import org.o365cli.host.store.LockedAction.Outcome;

/**
 * The user's connections, several per service, each with its name, one of them the service's
 * active one, in {@code $O365_HOME/connections.json}.
 *
 * <p>Reads take no lock: the file is only ever replaced whole, by rename, so a reader sees one
 * complete version. Every change is a read-modify-write of the whole file under a lock shared by
 * all o365 processes ({@link StoreLock}), so two processes changing different connections never
 * lose each other's change, and a renewal done by one is seen by the others
 * ({@link #withLock}).
 *
 * <p>A file that cannot be parsed is moved aside (never deleted) and the store starts empty; a
 * file from a newer o365 is refused and left untouched. Make one instance per process and share
 * it: the lock it holds belongs to the whole JVM.
 */
public final class ConnectionStore implements ConnectionSource {

    private static final ConnectionsFile.Decoded NONE = new ConnectionsFile.Decoded(ConnectionsFile.VERSION, new TreeMap<>());

    private final Path file;
    private final ConnectionsFile codec;
    private final StoreLock lock;
    private final StoreFile stored;

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
        this(home, json, new LocalClock(), wait);
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
        this.stored = new StoreFile(file, clock);
    }

    /** The file the connections live in. */
    public Path file() {
        return file;
    }

    /**
     * Makes what reading the file takes (its JSON mapping) ahead of the first read, on another thread while
     * a command starts; it reads nothing.
     */
    public void prepare() {
        codec.prepare();
    }

    /** The service's active connection, if it has one. */
    public Optional<StoredConnection> get(String service) {
        return get(service, null);
    }

    @Override
    public Optional<StoredConnection> get(String service, String name) {
        return Optional.ofNullable(read(service).services().get(service)).flatMap(c -> c.named(name));
    }

    @Override
    public StoredConnection require(String service, String name) {
        return ServiceConnections.require(service, name, read(service).services().get(service));
    }

    /** Every service's connections, by service, read at once. */
    public SortedMap<String, ServiceConnections> services() {
        return read(null).services();
    }

    /** Every connection, sorted by service, then name. */
    public List<StoredConnection> all() {
        return services().values().stream().flatMap(c -> c.connections().values().stream()).toList();
    }

    /**
     * Stores the connection and makes it its service's active one; the service's other connections
     * and other services' are kept. A connection of the same name is replaced. Without a name, it
     * gets its derived one ({@link ConnectionNames}), the same as an existing connection of the
     * same identity, which it then replaces.
     *
     * @return the connection as stored, with its name
     */
    public StoredConnection put(StoredConnection connection) {
        String service = serviceOf(connection);
        return update(service, services -> {
            ServiceConnections now = ServiceConnections.orNone(services.get(service));
            StoredConnection named = connection.name() != null ? connection
                    : connection.withName(ConnectionNames.derive(connection, now.connections()));
            services.put(service, now.with(named));
            return named;
        });
    }

    /**
     * Makes the named connection its service's active one.
     *
     * @return the connection
     * @throws UsageException when the service has no connection of that name, naming those it has
     */
    public StoredConnection use(String service, String name) {
        Objects.requireNonNull(name, "name");
        return update(service, services -> {
            ServiceConnections now = services.get(service);
            StoredConnection chosen = ServiceConnections.require(service, name, now);
            services.put(service, new ServiceConnections(name, now.connections()));
            return chosen;
        });
    }

    /**
     * Gives a connection another name; it stays active if it was.
     *
     * @return the connection under its new name
     * @throws UsageException when the old name is unknown, the new one invalid or taken
     */
    public StoredConnection rename(String service, String from, String to) {
        return update(service, services -> {
            ServiceConnections renamed = ServiceConnections.orNone(services.get(service)).renamed(service, from, to);
            services.put(service, renamed);
            return renamed.connections().get(to);
        });
    }

    /**
     * Removes the service's active connection. When exactly one other is left it becomes active.
     *
     * @return whether it had one
     */
    public boolean remove(String service) {
        Objects.requireNonNull(service, "service");
        return update(service, services -> {
            ServiceConnections now = services.get(service);
            if (now == null || now.active() == null) {
                return false;
            }
            store(services, service, now.without(now.active()));
            return true;
        });
    }

    /**
     * Removes the named connection of the service, as {@link #remove(String)} does the active one.
     *
     * @return the connection removed
     * @throws UsageException when the service has no connection of that name, naming those it has
     */
    public StoredConnection remove(String service, String name) {
        Objects.requireNonNull(name, "name");
        return update(service, services -> {
            ServiceConnections now = services.get(service);
            StoredConnection removed = ServiceConnections.require(service, name, now);
            store(services, service, now.without(name));
            return removed;
        });
    }

    /**
     * Removes every connection, and the copies of corrupt files kept beside them, which may hold tokens.
     *
     * @return the corrupt copies removed, for the user to be told
     */
    public List<Path> removeAll() {
        return update(null, services -> {
            services.clear();
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
     * Runs the action on one of the service's connections, read again after the lock is taken,
     * and stores what it decides before the lock is released. Other processes' changes to this
     * and other connections are never lost. The action must not call another changing method of
     * this store.
     *
     * @param service the service whose connection the action sees
     * @param name    the connection's name, or null for the service's active connection (as it is under the lock)
     * @param action  decides, from the current connection, what to store and what to return
     * @return the action's {@link Outcome#value()}
     * @throws IllegalStateException when called from inside another change of this store
     */
    @Override
    public <T> T withLock(String service, String name, LockedAction<T> action) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(action, "action");
        return update(service, services -> {
            ServiceConnections now = ServiceConnections.orNone(services.get(service));
            Optional<StoredConnection> current = now.named(name);
            Outcome<T> outcome = Objects.requireNonNull(action.apply(current), "the action's outcome");
            if (outcome instanceof Outcome.Replace<T> replace) {
                StoredConnection replacement = replace.connection();
                if (!service.equals(serviceOf(replacement))) {
                    throw new IllegalArgumentException("An action on the " + service
                            + " connection cannot store one for " + replacement.service());
                }
                String key = current.map(StoredConnection::name).orElse(name != null ? name : replacement.name());
                if (replacement.name() != null && !replacement.name().equals(key)) {
                    throw new IllegalArgumentException("An action on the " + service + " connection '" + key
                            + "' cannot store one named " + replacement.name());
                }
                StoredConnection named = replacement.withName(key != null ? key
                        : ConnectionNames.derive(replacement, now.connections()));
                services.put(service, current.isPresent() ? now.replacing(named) : now.with(named));
            } else if (outcome instanceof Outcome.Remove<T> && current.isPresent()) {
                store(services, service, now.without(current.get().name()));
            }
            return outcome.value();
        });
    }

    private static void store(SortedMap<String, ServiceConnections> services, String service, ServiceConnections connections) {
        if (connections.connections().isEmpty()) {
            services.remove(service);
        } else {
            services.put(service, connections);
        }
    }

    private <T> T update(String service, Function<SortedMap<String, ServiceConnections>, T> change) {
        if (lock.isHeldByCurrentThread()) {
            // The outer change would then write its older copy over the inner one's result.
            throw new IllegalStateException("A change to the connection store cannot run inside another");
        }
        return lock.run(() -> {
            // Only under the lock: a temporary file is then never one another process is still writing.
            Leftovers.remove(file, Leftovers.TEMPORARY_FILES);
            ConnectionsFile.Decoded before = readLocked(service);
            SortedMap<String, ServiceConnections> after = new TreeMap<>(before.services());
            T result = change.apply(after);
            // A file in an older format is written in the current one at its first change.
            if (!after.equals(before.services()) || before.version() != ConnectionsFile.VERSION) {
                stored.write(codec.encode(after));
            }
            return result;
        });
    }

    private ConnectionsFile.Decoded read(String service) {
        byte[] content = stored.content();
        if (content == null) {
            return NONE;
        }
        try {
            ConnectionsFile.Decoded decoded = codec.decode(content);
            if (decoded.version() != ConnectionsFile.VERSION && !lock.isHeldByCurrentThread()) {
                migrate(service);
            }
            return decoded;
        } catch (ConnectionsFile.Corrupt e) {
            // Move it aside only under the lock and only if it is still corrupt: a writer may have
            // moved it and written a good file since, which must not be moved in its place.
            return lock.run(() -> readLocked(service));
        } catch (ConnectionsFile.TooNew e) {
            throw stored.tooNew(e);
        }
    }

    /**
     * Writes a file of an older format in the current one, under the lock, so that every later run
     * reads it as it is. Where it cannot be written (a read-only home) it is read as it is each time.
     */
    private void migrate(String service) {
        try {
            update(service, services -> null);
        } catch (O365Exception e) {
            // Reading still works; the first change that must be written reports why it cannot be.
        }
    }

    private ConnectionsFile.Decoded readLocked(String service) {
        byte[] content = stored.content();
        if (content == null) {
            return NONE;
        }
        try {
            return codec.decode(content);
        } catch (ConnectionsFile.Corrupt e) {
            throw stored.moveAside(e, service);
        } catch (ConnectionsFile.TooNew e) {
            throw stored.tooNew(e);
        }
    }

    private static String serviceOf(StoredConnection connection) {
        Objects.requireNonNull(connection, "connection");
        if (connection.service() == null || connection.service().isBlank()) {
            throw new IllegalArgumentException("A stored connection needs its service");
        }
        return connection.service();
    }
}
