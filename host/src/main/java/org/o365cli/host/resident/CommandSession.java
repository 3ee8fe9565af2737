package org.o365cli.host.resident;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.o365cli.host.cli.CancellationFlag;
import org.o365cli.host.cli.O365Cli;
import org.o365cli.host.cli.Terminal;
import org.o365cli.host.config.HostEnvironment;
import org.o365cli.host.output.Stdout;

/**
 * The runtime's side of one connection: a command (run exactly as {@code Main} runs it, but with the
 * client's environment, working directory, streams and terminal), a status query, or a stop.
 */
final class CommandSession {

    private final ResidentRuntime runtime;
    private final SocketChannel channel;
    private final Frames.Writer writer;
    private final DataInputStream in;

    CommandSession(ResidentRuntime runtime, SocketChannel channel) {
        this.runtime = runtime;
        this.channel = channel;
        this.writer = new Frames.Writer(Frames.output(channel));
        this.in = new DataInputStream(new BufferedInputStream(Frames.input(channel)));
    }

    void run() {
        try (channel) {
            Frames.Frame first = Frames.read(in);
            switch (first.type()) {
                case Frames.STATUS -> writer.send(Frames.INFO, runtime.status());
                case Frames.STOP -> {
                    writer.send(Frames.INFO, runtime.status());
                    runtime.stop();
                }
                case Frames.RUN -> command(Request.decode(first.payload()));
                default -> writer.send(Frames.REFUSED, "unknown request");
            }
        } catch (IOException | RuntimeException e) {
            // The client went away or spoke another protocol: it runs the command itself.
        }
    }

    private void command(Request request) throws IOException {
        if (runtime.stopping() || !request.key().equals(runtime.key().text()) || !runtime.current()) {
            writer.send(Frames.REFUSED, "stale");
            if (!runtime.stopping() && !runtime.current()) {
                runtime.stop();
            }
            return;
        }
        if (!ResidentClient.canRunResident(request.args().toArray(String[]::new), request.env())) {
            writer.send(Frames.RUN_HERE, new byte[0]);
            return;
        }
        runtime.countCommand(request.client());
        CancellationFlag cancellation = new CancellationFlag();
        ForwardedStdin stdin = new ForwardedStdin(writer);
        ForwardedOutput stdout = new ForwardedOutput(writer, Frames.OUT);
        Thread command = Thread.currentThread();
        Thread reader = new Thread(() -> readClient(stdin, stdout, cancellation, command), "o365-client-reader");
        reader.setDaemon(true);
        writer.send(Frames.ACCEPTED, new byte[0]);
        reader.start();
        PrintWriter out = Stdout.writer(stdout);
        PrintWriter err = new PrintWriter(new ForwardedOutput(writer, Frames.ERR), true, StandardCharsets.UTF_8);
        Terminal terminal = request.terminals().interactive() ? Terminal.reading(stdin.reader()) : Terminal.NONE;
        int code;
        try {
            Path cwd = Path.of(request.cwd());
            HostEnvironment environment = HostEnvironment.of(ResidentClient.forwardedEnvironment(request.env(), cwd));
            code = new O365Cli(environment, out, err, cancellation, terminal, cwd)
                    .run(request.args().toArray(String[]::new));
        } catch (RuntimeException | Error e) {
            // What O365Cli does not catch would have ended a process of its own with exit code 1.
            err.println("Error: " + e);
            code = 1;
        }
        err.flush();
        // A cancelled command's interrupt would close the channel on this write (it is interruptible).
        Thread.interrupted();
        writer.send(Frames.EXIT, ByteBuffer.allocate(4).putInt(code).array());
    }

    private void readClient(ForwardedStdin stdin, ForwardedOutput stdout, CancellationFlag cancellation, Thread command) {
        try {
            while (true) {
                Frames.Frame frame = Frames.read(in);
                switch (frame.type()) {
                    case Frames.STDIN -> stdin.offer(frame.payload());
                    case Frames.STDIN_END -> stdin.end();
                    case Frames.STDOUT_CLOSED -> stdout.failedAtClient(frame.text());
                    case Frames.CANCEL -> cancel(cancellation, command, stdin);
                    default -> throw new IOException("unexpected frame " + frame.type());
                }
            }
        } catch (IOException e) {
            // The client exited (killed, or Ctrl-C): as for a process whose user pressed Ctrl-C.
            cancel(cancellation, command, stdin);
        }
    }

    private static void cancel(CancellationFlag cancellation, Thread command, ForwardedStdin stdin) {
        cancellation.cancel();
        stdin.end();
        command.interrupt();
    }
}
