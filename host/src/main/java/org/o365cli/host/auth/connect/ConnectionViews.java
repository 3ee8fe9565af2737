package org.o365cli.host.auth.connect;

import java.util.LinkedHashMap;
import java.util.Map;
import org.o365cli.host.store.StoredConnection;

/**
 * A connection as {@code status} shows it: its name, who, how, where, until when, and the service's
 * properties beside them (spo's {@code url}, {@code tenantId}). Never a token or a secret.
 */
public final class ConnectionViews {

    private ConnectionViews() {
    }

    /**
     * @param connection a stored connection
     * @return its fields for display, in a stable order
     */
    public static Map<String, Object> of(StoredConnection connection) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("service", connection.service());
        view.put("name", connection.name());
        view.put("connectedAs", connection.connectedAs());
        view.put("authType", connection.authType());
        view.put("appId", connection.appId());
        view.put("tenant", connection.tenant());
        view.put("cloud", connection.cloud());
        if (connection.authority() != null) {
            view.put("authority", connection.authority());
        }
        view.put("resource", connection.resource());
        view.put("expiresOn", connection.expiresOn() == null ? null : connection.expiresOn().toString());
        view.put("plugin", connection.pluginId());
        connection.properties().forEach(view::putIfAbsent);
        return view;
    }

    /**
     * @param connection a stored connection
     * @param active     whether it is its service's active connection
     * @return its fields for a list of connections, with {@code active} after its name
     */
    public static Map<String, Object> listed(StoredConnection connection, boolean active) {
        Map<String, Object> view = new LinkedHashMap<>();
        of(connection).forEach((key, value) -> {
            view.put(key, value);
            if (key.equals("name")) {
                view.put("active", active);
            }
        });
        return view;
    }
}
