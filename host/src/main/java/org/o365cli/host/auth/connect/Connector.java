package org.o365cli.host.auth.connect;

import org.o365cli.host.plugin.LoadedService;
import org.o365cli.host.store.StoredConnection;

/** Signs in as a {@link ConnectPlan} says and stores the resulting connection. */
public interface Connector {

    /**
     * @param plan    what to sign in with
     * @param service the service connecting (its after-connect step runs before storing)
     * @return the stored connection
     */
    StoredConnection connect(ConnectPlan plan, LoadedService service);
}
