package org.o365cli.host.store;

import java.util.Optional;

/**
 * Where an Auth reads a service's connection and stores its renewals: the {@link ConnectionStore},
 * or a {@link PendingConnection} that {@code connect} has signed in but not stored yet.
 */
public interface ConnectionSource {

    /**
     * @param service the service
     * @return its connection, or empty when it has none
     */
    Optional<StoredConnection> get(String service);

    /**
     * Runs the action on the service's current connection and keeps what it decides, as
     * {@link ConnectionStore#withLock} defines.
     *
     * @param service the service whose connection the action sees
     * @param action  decides what to keep and what to return
     * @return the action's value
     */
    <T> T withLock(String service, LockedAction<T> action);
}
