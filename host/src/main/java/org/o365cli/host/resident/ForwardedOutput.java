package org.o365cli.host.resident;

import java.io.IOException;
import java.io.OutputStream;

/** The command's stdout or stderr: each write goes to the client as a frame of its own stream. */
final class ForwardedOutput extends OutputStream {

    private final Frames.Writer writer;
    private final byte type;
    private volatile boolean closedByReader;

    ForwardedOutput(Frames.Writer writer, byte type) {
        this.writer = writer;
        this.type = type;
    }

    /** The client's own stdout was closed: writes fail as they would on a closed pipe. */
    void closedByReader() {
        closedByReader = true;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (closedByReader) {
            // The message Stdout recognises as the reader having gone away.
            throw new IOException("Broken pipe");
        }
        int sent = 0;
        while (sent < len) {
            int chunk = Math.min(len - sent, Frames.MAX_FRAME);
            writer.send(type, b, off + sent, chunk);
            sent += chunk;
        }
    }
}
