package org.o365cli.host.http;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Chooses the {@link Transport} of every request of this process: the network, until a command
 * uses a connection to the in-process sandbox tenant; from then on the sandbox, so that a sandbox
 * connection never reaches the network (a proxy, dead or not, is never asked).
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

    Transport pick(Transport network) {
        return sandbox ? inProcess.get() : network;
    }
}
