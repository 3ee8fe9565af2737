package org.o365cli.host.resident;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The client's stdin, read only when the command reads: each read asks the client for bytes, so a
 * command that never reads leaves the client's stdin untouched, as a process of its own would.
 */
final class ForwardedStdin extends InputStream {

    private static final byte[] END = new byte[0];

    private final Frames.Writer writer;
    private final LinkedBlockingQueue<byte[]> arrived = new LinkedBlockingQueue<>();
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;

    ForwardedStdin(Frames.Writer writer) {
        this.writer = writer;
    }

    void offer(byte[] bytes) {
        arrived.add(bytes.length == 0 ? END : bytes);
    }

    void end() {
        arrived.add(END);
    }

    /** Lines in the encoding of the client's terminal (the runtime has the client's locale: it is part of its key). */
    BufferedReader reader() {
        return new BufferedReader(new InputStreamReader(this, Charset.forName(System.getProperty("native.encoding",
                Charset.defaultCharset().name()))));
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (position == current.length) {
            if (ended) {
                return -1;
            }
            writer.send(Frames.STDIN_WANTED, ByteBuffer.allocate(4).putInt(len).array());
            try {
                current = arrived.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading stdin", e);
            }
            position = 0;
            if (current == END) {
                ended = true;
                return -1;
            }
        }
        int count = Math.min(len, current.length - position);
        System.arraycopy(current, position, b, off, count);
        position += count;
        return count;
    }
}
