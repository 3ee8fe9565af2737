package org.o365cli.host.output;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.o365cli.auth.O365Exception;

/**
 * The launcher's stdout. A {@link PrintWriter} (and {@code System.out}) swallows write failures, so a
 * listing piped into {@code head} would go on fetching every page for a reader that is gone. Here a
 * write to a closed pipe throws {@link Closed}, which stops the command at once and quietly; any other
 * write failure (a full disk) is an error.
 */
public final class Stdout extends FilterOutputStream {

    /** The reader of stdout went away (a closed pipe): not an error of o365. */
    public static final class Closed extends UncheckedIOException {
        Closed(IOException cause) {
            super("stdout was closed", cause);
        }
    }

    private Stdout(OutputStream out) {
        super(out);
    }

    /**
     * @param out the stream, e.g. {@code new FileOutputStream(FileDescriptor.out)}
     * @return a UTF-8 writer over it, buffered, that throws rather than swallows write failures
     */
    public static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(new Stdout(out), StandardCharsets.UTF_8)));
    }

    @Override
    public void write(int b) {
        run(() -> out.write(b));
    }

    @Override
    public void write(byte[] b, int off, int len) {
        run(() -> out.write(b, off, len));
    }

    @Override
    public void flush() {
        run(out::flush);
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void run(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
            // Linux and macOS say "Broken pipe"; Windows "The pipe is being closed" or "The pipe has been ended".
            if (message.contains("pipe")) {
                throw new Closed(e);
            }
            throw new O365Exception("Could not write the output (" + e.getMessage() + "); check where stdout goes, e.g. free disk space", e);
        }
    }
}
