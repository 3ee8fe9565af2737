package org.o365cli.host.store;

import java.util.Map;
import java.util.TreeMap;

/**
 * The content of {@code connections.json}: a format version and the connections by service.
 *
 * @param version     the file format; this o365 reads and writes {@value #CURRENT}
 * @param connections the connections, by service name
 */
public record ConnectionsDocument(int version, Map<String, StoredConnection> connections) {

    /** The file format this o365 writes. */
    public static final int CURRENT = 1;

    /** An empty document of the current format. */
    public static ConnectionsDocument empty() {
        return new ConnectionsDocument(CURRENT, Map.of());
    }

    /** Copies the connections, sorted by service so the file reads the same every time. */
    public ConnectionsDocument {
        connections = connections == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(connections));
    }

    /** This document with one service's connection replaced, or removed when {@code connection} is null. */
    public ConnectionsDocument with(String service, StoredConnection connection) {
        Map<String, StoredConnection> changed = new TreeMap<>(connections);
        if (connection == null) {
            changed.remove(service);
        } else {
            changed.put(service, connection);
        }
        return new ConnectionsDocument(CURRENT, changed);
    }
}
