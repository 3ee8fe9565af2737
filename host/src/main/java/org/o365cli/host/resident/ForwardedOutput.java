package org.o365cli.host.resident;

import java.io.IOException;
import java.io.OutputStream;

/** The command's stdout or stderr: each write goes to the client as a frame of its own stream. */
final class ForwardedOutput extends OutputStream {

    private final Frames.Writer writer;
    private final byte type;
    private volatile String clientFailure;

    ForwardedOutput(Frames.Writer writer, byte type) {
        this.writer = writer;
        this.type = type;
    }

    /**
     * A write to the client's own stdout failed: later writes fail with its reason, as they would in the client's
     * process (Stdout tells a reader gone away from a full disk by it).
     *
     * @param reason the system's message, e.g. "Broken pipe"; empty from a client that gave none
     */
    void failedAtClient(String reason) {
        clientFailure = reason.isEmpty() ? "Broken pipe" : reason;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        String failure = clientFailure;
        if (failure != null) {
            throw new IOException(failure);
        }
        int sent = 0;
        while (sent < len) {
            int chunk = Math.min(len - sent, Frames.MAX_FRAME);
            writer.send(type, b, off + sent, chunk);
            sent += chunk;
        }
    }
}
