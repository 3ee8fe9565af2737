package org.o365cli.host.auth.connect;

import java.util.LinkedHashMap;
import java.util.Map;
import org.o365cli.host.store.StoredConnection;

/**
 * A connection as {@code status} shows it: who, how, where, until when, and the service's
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
        connection.properties().forEach(view::putIfAbsent);
        return view;
    }
}
