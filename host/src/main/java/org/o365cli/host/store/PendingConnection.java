package org.o365cli.host.store;

import java.util.Objects;
import java.util.Optional;
import org.o365cli.auth.NotConnectedException;

/**
 * A connection signed in but not stored yet, for {@code connect}'s after-step: the step's token
 * requests read and renew this copy, and {@code connect} stores the finished connection in one
 * write. Until then the stored connection, if any, stays as it was, so a step that fails, or a
 * process killed during it, never leaves a half-made connection in its place.
 */
public final class PendingConnection implements ConnectionSource {

    private StoredConnection connection;

    /** @param connection the signed-in connection */
    public PendingConnection(StoredConnection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** The connection with every renewal made so far. */
    public synchronized StoredConnection current() {
        return connection;
    }

    // The connection being made is the one its step's commands use, whatever name they ask for.
    @Override
    public synchronized Optional<StoredConnection> get(String service, String name) {
        return Optional.of(connection).filter(c -> c.service().equals(service));
    }

    @Override
    public StoredConnection require(String service, String name) {
        return get(service, name).orElseThrow(() -> new NotConnectedException(service));
    }

    // Synchronized: two threads of the step renewing at once make one token request, as the store's lock ensures.
    @Override
    public synchronized <T> T withLock(String service, String name, LockedAction<T> action) {
        LockedAction.Outcome<T> outcome = Objects.requireNonNull(action.apply(get(service, name)), "the action's outcome");
        if (outcome instanceof LockedAction.Outcome.Replace<T> replace) {
            if (!replace.connection().service().equals(connection.service())) {
                throw new IllegalArgumentException("An action on the " + service
                        + " connection cannot store one for " + replace.connection().service());
            }
            connection = replace.connection();
        } else if (outcome instanceof LockedAction.Outcome.Remove<T>) {
            throw new IllegalStateException("A connection being made cannot be removed");
        }
        return outcome.value();
    }
}
