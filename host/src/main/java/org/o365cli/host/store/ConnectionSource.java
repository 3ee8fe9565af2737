package org.o365cli.host.store;

import java.util.Optional;

/**
 * Where an Auth reads a service's connection and stores its renewals: the {@link ConnectionStore},
 * or a {@link PendingConnection} that {@code connect} has signed in but not stored yet. A name of
 * null stands for the service's active connection.
 */
public interface ConnectionSource {

    /**
     * @param service the service
     * @param name    the connection's name, or null for the active one
     * @return the connection, or empty when there is none
     */
    Optional<StoredConnection> get(String service, String name);

    /**
     * @param service the service
     * @param name    the connection's name, or null for the active one
     * @return the connection
     * @throws org.o365cli.auth.NotConnectedException when the service has no connection
     * @throws org.o365cli.auth.UsageException        when none has that name (the message lists the names)
     * @throws org.o365cli.auth.O365Exception         when none is active (the message says how to choose)
     */
    StoredConnection require(String service, String name);

    /**
     * Runs the action on the connection and keeps what it decides, as
     * {@link ConnectionStore#withLock(String, String, LockedAction)} defines.
     *
     * @param service the service whose connection the action sees
     * @param name    the connection's name, or null for the active one
     * @param action  decides what to keep and what to return
     * @return the action's value
     */
    <T> T withLock(String service, String name, LockedAction<T> action);

    /** {@link #withLock(String, String, LockedAction)} on the service's active connection. */
    default <T> T withLock(String service, LockedAction<T> action) {
        return withLock(service, null, action);
    }
}
