package org.o365cli.auth;

/** The service has no connection yet; the message names the {@code connect} to run. */
public class NotConnectedException extends O365Exception {

    private static final long serialVersionUID = 1L;

    private final String service;

    /** @param service the service that has no connection, e.g. {@code spo} */
    public NotConnectedException(String service) {
        super("Not connected to " + service + ": run 'o365 " + service + " connect' first");
        this.service = service;
    }

    /** The service that has no connection. */
    public String service() {
        return service;
    }
}
