package org.o365cli.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A fake resident runtime for the native client's tests: listens on a runtime's socket, notes which client
 * each request came from (protocol 3 names it), and answers each with the same bytes.
 */
final class FakeRuntime implements AutoCloseable {
    private final Path socket;
    private final ServerSocketChannel server;
    private final Thread thread;

    FakeRuntime(Path socket, List<String> clients, byte[] answer) throws IOException {
        this.socket = socket;
        Files.deleteIfExists(socket);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        thread = new Thread(() -> {
            while (true) {
                try (SocketChannel channel = server.accept()) {
                    DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
                    assertEquals('R', in.readByte());
                    byte[] request = new byte[in.readInt()];
                    in.readFully(request);
                    ByteBuffer fields = ByteBuffer.wrap(request);
                    assertEquals(3, fields.getInt(), "protocol");
                    byte[] client = new byte[fields.getInt()];
                    fields.get(client);
                    clients.add(new String(client, StandardCharsets.UTF_8));
                    OutputStream out = Channels.newOutputStream(channel);
                    out.write(answer);
                    out.flush();
                } catch (IOException e) {
                    return; // closed
                }
            }
        }, "fake-runtime");
        thread.start();
    }

    @Override
    public void close() throws Exception {
        server.close();
        thread.join(10_000);
        Files.deleteIfExists(socket);
    }
}
