package org.o365cli.host.store;

import java.util.Objects;
import java.util.Optional;

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

    @Override
    public synchronized Optional<StoredConnection> get(String service) {
        return Optional.of(connection).filter(c -> c.service().equals(service));
    }

    // Synchronized: two threads of the step renewing at once make one token request, as the store's lock ensures.
    @Override
    public synchronized <T> T withLock(String service, LockedAction<T> action) {
        LockedAction.Outcome<T> outcome = Objects.requireNonNull(action.apply(get(service)), "the action's outcome");
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
