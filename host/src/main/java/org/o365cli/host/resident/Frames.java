package org.o365cli.host.resident;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * The wire between the client and the resident runtime: frames of one type byte, a length and
 * the payload. Only JDK classes, as the client loads this on every command. The streams call the
 * channel directly: on Java 17 the {@code Channels} streams of one socket block each other, so a
 * read waiting for the user's Ctrl-C would hold up the command's output.
 */
final class Frames {

    /** Bumped whenever a frame changes meaning; a client and a runtime of different versions never talk anyway. */
    static final int PROTOCOL = 3;

    // Client to runtime.
    static final byte RUN = 'R';
    static final byte STATUS = 'S';
    static final byte STOP = 'Q';
    static final byte STDIN = 'I';
    static final byte STDIN_END = 'E';
    static final byte CANCEL = 'C';
    /** A write to the client's stdout failed; the payload is the system's reason ("Broken pipe", a full disk's). */
    static final byte STDOUT_CLOSED = 'P';

    // Runtime to client.
    static final byte ACCEPTED = 'A';
    static final byte REFUSED = 'N';
    static final byte OUT = 'O';
    static final byte ERR = 'e';
    static final byte STDIN_WANTED = 'W';
    static final byte EXIT = 'X';
    static final byte INFO = 'i';
    /** Protocol 3: the command depends on the client's process (see {@code ResidentClient.canRunResident}); run it there. */
    static final byte RUN_HERE = 'H';

    /** Larger frames are a protocol error, never a reason to allocate. */
    static final int MAX_FRAME = 1 << 20;

    private Frames() {
    }

    /** A frame read from the peer. */
    record Frame(byte type, byte[] payload) {

        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    static Frame read(DataInputStream in) throws IOException {
        byte type = in.readByte();
        int length = in.readInt();
        if (length < 0 || length > MAX_FRAME) {
            throw new IOException("a frame of " + length + " bytes");
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        return new Frame(type, payload);
    }

    /** Writes whole frames; several threads (output, stdin, cancellation) share one. */
    static final class Writer {
        private final OutputStream out;

        Writer(OutputStream out) {
            this.out = out;
        }

        synchronized void send(byte type, byte[] payload, int offset, int length) throws IOException {
            byte[] head = {type, (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
            out.write(head);
            out.write(payload, offset, length);
            out.flush();
        }

        void send(byte type, byte[] payload) throws IOException {
            send(type, payload, 0, payload.length);
        }

        void send(byte type, String text) throws IOException {
            send(type, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    static InputStream input(SocketChannel channel) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
            }
        };
    }

    static OutputStream output(SocketChannel channel) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        };
    }
}
