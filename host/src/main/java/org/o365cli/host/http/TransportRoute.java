package org.o365cli.host.http;

import java.util.Objects;
import java.util.function.Supplier;
import org.o365cli.sandbox.Sandbox;

/**
 * Chooses the {@link Transport} of every request of this process: the network, until a command
 * uses a connection to the in-process sandbox tenant; from then on the sandbox for every host the
 * sandbox serves (sign-in, Graph, the tenant's SharePoint), so that those requests never reach the
 * network (a proxy, dead or not, is never asked). A third party's API registered in the sandbox is
 * not emulated by it: its requests go out as they would from any connection (to a test's stubs).
 */
public final class TransportRoute {

    private final Supplier<Transport> inProcess;
    private volatile boolean sandbox;

    /** @param inProcess the sandbox's transport, made on first use */
    public TransportRoute(Supplier<Transport> inProcess) {
        this.inProcess = Objects.requireNonNull(inProcess, "inProcess");
    }

    /** A route that always uses the network. */
    public static TransportRoute network() {
        return new TransportRoute(() -> {
            throw new IllegalStateException("no in-process transport");
        });
    }

    /** Sends every later request of this process to the sandbox. */
    public void useSandbox() {
        sandbox = true;
    }

    /** Whether requests go to the sandbox. */
    public boolean sandbox() {
        return sandbox;
    }

    Transport pick(Transport network, String host) {
        return sandbox && Sandbox.serves(host) ? inProcess.get() : network;
    }
}
