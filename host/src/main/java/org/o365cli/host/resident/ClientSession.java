package org.o365cli.host.resident;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.SynchronousQueue;
import org.o365cli.host.output.Stdout;

/**
 * The client's side of one command: sends it, copies the runtime's stdout and stderr to this
 * process's (each to its own, as they come), answers the runtime's reads of stdin from this
 * process's stdin (only when the command reads, as a separate process would), and turns Ctrl-C
 * into a cancellation.
 */
final class ClientSession {

    /** How a hand-over ended. */
    enum State {
        /** The runtime ran the command; its exit code is given. */
        RAN,
        /** Nobody listens on the socket: no runtime, or one that died. */
        NO_RUNTIME,
        /** The runtime refused the command (stale, stopping, or RUN_HERE) or spoke another protocol before taking it. */
        REFUSED
    }

    /**
     * @param state    how it ended
     * @param exitCode the command's exit code when it ran
     */
    record Outcome(State state, int exitCode) {
    }

    private final Frames.Writer writer;
    private final DataInputStream in;
    private final SynchronousQueue<Integer> stdinWanted = new SynchronousQueue<>();
    private volatile boolean finished;
    /** Why a write to stdout failed, or null. */
    private String stdoutFailure;

    private ClientSession(SocketChannel channel) {
        this.writer = new Frames.Writer(Frames.output(channel));
        this.in = new DataInputStream(new BufferedInputStream(Frames.input(channel), 1 << 16));
    }

    static Outcome run(Path socket, Request request) {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException | RuntimeException e) {
            // No socket, or nobody listening on it (a runtime that died): start one for the next command.
            return new Outcome(State.NO_RUNTIME, -1);
        }
        try (channel) {
            return new ClientSession(channel).forward(request);
        } catch (IOException e) {
            return new Outcome(State.REFUSED, -1);
        }
    }

    private Outcome forward(Request request) throws IOException {
        writer.send(Frames.RUN, request.encode());
        Frames.Frame first;
        try {
            first = Frames.read(in);
        } catch (IOException e) {
            return new Outcome(State.REFUSED, -1);
        }
        if (first.type() != Frames.ACCEPTED) {
            // Stale or stopping: it goes away by itself, and the next command starts a fresh one.
            return new Outcome(State.REFUSED, -1);
        }
        // Named classes rather than lambdas: the first lambda costs the client a good part of its start-up.
        Runtime.getRuntime().addShutdownHook(new Thread(new Cancel(), "o365-cancel"));
        Thread stdin = new Thread(new CopyStdin(), "o365-stdin");
        stdin.setDaemon(true);
        stdin.start();
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        OutputStream err = new FileOutputStream(FileDescriptor.err);
        try {
            while (true) {
                Frames.Frame frame = Frames.read(in);
                switch (frame.type()) {
                    case Frames.OUT -> writeOut(out, frame.payload());
                    case Frames.ERR -> err.write(frame.payload());
                    case Frames.STDIN_WANTED -> stdinWanted.offer(ByteBuffer.wrap(frame.payload()).getInt());
                    case Frames.EXIT -> {
                        finished = true;
                        return new Outcome(State.RAN, exitCode(ByteBuffer.wrap(frame.payload()).getInt(), err));
                    }
                    default -> throw new IOException("unexpected frame " + frame.type());
                }
            }
        } catch (IOException e) {
            finished = true;
            // The command was handed over and may have acted: running it again here could do it twice.
            err.write(("Error: the o365 resident runtime stopped while running the command (" + e.getMessage()
                    + "), so it may not have completed; check its effect and run it again (O365_RESIDENT=off runs"
                    + " commands without the runtime)\n").getBytes(StandardCharsets.UTF_8));
            return new Outcome(State.RAN, 1);
        }
    }

    private void writeOut(OutputStream out, byte[] bytes) throws IOException {
        if (stdoutFailure != null) {
            return;
        }
        try {
            out.write(bytes);
        } catch (IOException e) {
            // The command's next write fails as in its own process, with this reason: quietly for a reader that
            // went away (`| head`, "Broken pipe"), with an error for anything else (a full disk).
            stdoutFailure = e.getMessage() == null ? "an I/O error" : e.getMessage();
            try {
                writer.send(Frames.STDOUT_CLOSED, stdoutFailure.getBytes(StandardCharsets.UTF_8));
            } catch (IOException finished) {
                // The command may have ended and the runtime closed its side: its exit frame is still to be read.
            }
        }
    }

    /**
     * The runtime's exit code, unless output it wrote was lost here: a write that failed after its last one (a full
     * disk) never reached the command, which would have failed in its own process, as it does now.
     */
    private int exitCode(int code, OutputStream err) throws IOException {
        if (code == 0 && stdoutFailure != null && !Stdout.readerGone(stdoutFailure)) {
            err.write(("Error: " + Stdout.writeFailed(stdoutFailure) + "\n").getBytes(StandardCharsets.UTF_8));
            return 1;
        }
        return code;
    }

    private final class Cancel implements Runnable {
        @Override
        public void run() {
            cancel();
        }
    }

    private final class CopyStdin implements Runnable {
        @Override
        public void run() {
            copyStdin();
        }
    }

    private void copyStdin() {
        InputStream stdin = new FileInputStream(FileDescriptor.in);
        try {
            while (true) {
                int wanted = stdinWanted.take();
                byte[] buffer = new byte[Math.max(1, Math.min(wanted, 1 << 16))];
                int read;
                try {
                    read = stdin.read(buffer);
                } catch (IOException e) {
                    read = -1;
                }
                if (read < 0) {
                    writer.send(Frames.STDIN_END, new byte[0]);
                } else {
                    writer.send(Frames.STDIN, buffer, 0, read);
                }
            }
        } catch (IOException | InterruptedException e) {
            // The command ended, or the runtime went away.
        }
    }

    private void cancel() {
        if (!finished) {
            try {
                writer.send(Frames.CANCEL, new byte[0]);
            } catch (IOException e) {
                // The runtime is gone already.
            }
        }
    }
}
