package org.o365cli.host.resident;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.o365cli.auth.O365Exception;

/** The resident runtimes of one {@code O365_HOME}: one a socket in its {@code resident/} folder. */
final class Runtimes {

    private final Path folder;

    /** @param home the user's state folder */
    Runtimes(Path home) {
        this.folder = home.resolve("resident");
    }

    /** Asks each runtime for its state; a socket nobody listens on is removed. */
    List<RuntimeState> status() {
        return ask(Frames.STATUS);
    }

    /** Stops each runtime: it takes no new command and exits once those it runs have ended. */
    List<RuntimeState> stop() {
        return ask(Frames.STOP);
    }

    private List<RuntimeState> ask(byte request) {
        List<RuntimeState> states = new ArrayList<>();
        try (DirectoryStream<Path> sockets = Files.newDirectoryStream(folder, "*.sock")) {
            for (Path socket : sockets) {
                states.add(ask(socket, request));
            }
        } catch (NoSuchFileException e) {
            return states;
        } catch (IOException e) {
            throw new O365Exception("Cannot list " + folder + " (" + e.getMessage() + "); check that the folder is yours and readable", e);
        }
        return states;
    }

    private static RuntimeState ask(Path socket, byte request) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            new Frames.Writer(Frames.output(channel)).send(request, new byte[0]);
            Frames.Frame answer = Frames.read(new DataInputStream(new BufferedInputStream(Frames.input(channel))));
            Map<String, String> fields = new HashMap<>();
            for (String line : answer.text().split("\n")) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    fields.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
            return new RuntimeState(socket.toString(), request == Frames.STOP ? "stopping" : "running", number(fields, "pid"),
                    fields.get("started"), number(fields, "idleSeconds"), number(fields, "active"), number(fields, "served"),
                    number(fields, "servedNative"), fields.get("java"));
        } catch (IOException e) {
            try {
                Files.deleteIfExists(socket);
            } catch (IOException ignored) {
                // Reported as gone either way.
            }
            return new RuntimeState(socket.toString(), "gone", null, null, null, null, null, null, null);
        }
    }

    private static Long number(Map<String, String> fields, String name) {
        try {
            return Long.valueOf(fields.get(name));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
