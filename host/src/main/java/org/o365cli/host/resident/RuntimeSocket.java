package org.o365cli.host.resident;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * The runtime's listening socket, in the user's private {@code resident/} folder. It is the runtime's only
 * while the file there is the one it bound: a socket removed or replaced (a new runtime, a deleted
 * {@code O365_HOME}) tells the runtime to go.
 */
final class RuntimeSocket {

    private final Path path;
    private final ServerSocketChannel server;
    private final Object fileKey;

    private RuntimeSocket(Path path, ServerSocketChannel server, Object fileKey) {
        this.path = path;
        this.server = server;
        this.fileKey = fileKey;
    }

    /** Binds the socket, unless a runtime listens there already; a file nobody listens on is left by one that died. */
    static Optional<RuntimeSocket> bind(Path path) throws IOException {
        if (listening(path)) {
            return Optional.empty();
        }
        Files.deleteIfExists(path);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
        return Optional.of(new RuntimeSocket(path, server, Files.readAttributes(path, BasicFileAttributes.class).fileKey()));
    }

    /** The next connection of the runtime's own user; fails once {@link #close} was called. */
    SocketChannel accept() throws IOException {
        while (true) {
            SocketChannel channel = server.accept();
            if (sameUser(channel)) {
                return channel;
            }
            channel.close();
        }
    }

    boolean stillOurs() {
        try {
            return fileKey.equals(Files.readAttributes(path, BasicFileAttributes.class).fileKey());
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops listening, and removes the socket file when it is still this runtime's. */
    void close() {
        try {
            if (stillOurs()) {
                Files.deleteIfExists(path);
            }
            server.close();
        } catch (IOException e) {
            // The runtime exits anyway.
        }
    }

    /** The folder is the user's alone; the peer's user is checked too where the OS tells it. */
    private static boolean sameUser(SocketChannel channel) {
        try {
            UnixDomainPrincipal peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
            return peer.user().getName().equals(System.getProperty("user.name"));
        } catch (UnsupportedOperationException e) {
            // No peer credentials on this OS (Windows): the owner-only folder is then the one guard.
            return true;
        } catch (IOException e) {
            // The OS has them but could not say who is calling: refuse rather than serve an unknown user.
            return false;
        }
    }

    private static boolean listening(Path path) {
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            probe.connect(UnixDomainSocketAddress.of(path));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
