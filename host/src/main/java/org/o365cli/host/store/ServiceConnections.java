package org.o365cli.host.store;

import java.util.Collections;
import java.util.Optional;
import org.o365cli.auth.NotConnectedException;
import org.o365cli.auth.O365Exception;
import org.o365cli.auth.UsageException;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One service's connections, by name, and which of them its commands use unless told otherwise.
 *
 * @param active      the name of the active connection, or null when none is (the active one was removed
 *                    while several others remain: the user chooses with {@code connection use})
 * @param connections the connections, by name, each with that name
 */
public record ServiceConnections(String active, SortedMap<String, StoredConnection> connections) {

    /** Copies the map; an active name that names no connection means none is active. */
    public ServiceConnections {
        connections = Collections.unmodifiableSortedMap(new TreeMap<>(connections));
        active = active != null && connections.containsKey(active) ? active : null;
    }

    /** None yet. */
    static final ServiceConnections NONE = new ServiceConnections(null, new TreeMap<>());

    /** @return these, or {@link #NONE} for null */
    static ServiceConnections orNone(ServiceConnections connections) {
        return connections == null ? NONE : connections;
    }

    /** The active connection, if one is. */
    public Optional<StoredConnection> activeConnection() {
        return Optional.ofNullable(active).map(connections::get);
    }

    /** The connection of that name; null asks for the active one. */
    public Optional<StoredConnection> named(String name) {
        return name == null ? activeConnection() : Optional.ofNullable(connections.get(name));
    }

    /** These connections with {@code connection} stored under its name, made active. */
    ServiceConnections with(StoredConnection connection) {
        SortedMap<String, StoredConnection> changed = new TreeMap<>(connections);
        changed.put(connection.name(), connection);
        return new ServiceConnections(connection.name(), changed);
    }

    /** These connections with {@code connection} stored under its name; the active one stays. */
    ServiceConnections replacing(StoredConnection connection) {
        SortedMap<String, StoredConnection> changed = new TreeMap<>(connections);
        changed.put(connection.name(), connection);
        return new ServiceConnections(active, changed);
    }

    /**
     * These connections without that one. When the active one goes, none is active while several
     * are left, so that no command runs on a tenant the user did not choose; a single one left is
     * active.
     */
    ServiceConnections without(String name) {
        SortedMap<String, StoredConnection> changed = new TreeMap<>(connections);
        changed.remove(name);
        String stays = name.equals(active) ? null : active;
        return new ServiceConnections(stays == null && changed.size() == 1 ? changed.firstKey() : stays, changed);
    }

    /**
     * These connections with one renamed; it stays active if it was.
     *
     * @throws UsageException when the old name is unknown, the new one invalid or taken
     */
    ServiceConnections renamed(String service, String from, String to) {
        String problem = ConnectionNames.problem(to);
        if (problem != null) {
            throw new UsageException("Cannot rename the " + service + " connection '" + from + "': " + problem);
        }
        StoredConnection connection = require(service, from, this);
        if (from.equals(to)) {
            return this;
        }
        if (connections.containsKey(to)) {
            throw new UsageException("Cannot rename the " + service + " connection '" + from + "' to '" + to
                    + "': a connection of that name exists; remove it first ('o365 " + service + " connection remove "
                    + to + "') or choose another name");
        }
        SortedMap<String, StoredConnection> changed = new TreeMap<>(connections);
        changed.remove(from);
        changed.put(to, connection.withName(to));
        return new ServiceConnections(from.equals(active) ? to : active, changed);
    }

    /** The named (or, for null, active) connection, or an error naming what there is. */
    static StoredConnection require(String service, String name, ServiceConnections connections) {
        if (connections == null || connections.connections().isEmpty()) {
            throw new NotConnectedException(service);
        }
        String known = String.join(", ", connections.connections().keySet());
        if (name == null) {
            return connections.activeConnection().orElseThrow(() -> new O365Exception("No " + service
                    + " connection is active (the active one was removed): choose one with 'o365 " + service
                    + " connection use <name>' or --connection <name>; known: " + known));
        }
        return Optional.ofNullable(connections.connections().get(name)).orElseThrow(() -> new UsageException(
                "No " + service + " connection is named '" + name + "'; known: " + known
                        + " (see 'o365 " + service + " connection list')"));
    }

}
