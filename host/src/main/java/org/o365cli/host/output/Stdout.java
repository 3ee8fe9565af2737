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

    // Each write's failure is told apart without a lambda: `o365 --version` writes before anything else has made one.
    @Override
    public void write(int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private static RuntimeException failure(IOException e) {
        if (readerGone(e.getMessage())) {
            return new Closed(e);
        }
        return new O365Exception(writeFailed(e.getMessage()), e);
    }

    /**
     * @param reason the system's message for a failed write
     * @return whether it says the reader went away (a closed pipe), which is not an error of o365
     */
    public static boolean readerGone(String reason) {
        // Linux and macOS say "Broken pipe"; Windows "The pipe is being closed" or "The pipe has been ended".
        return reason != null && reason.toLowerCase(Locale.ROOT).contains("pipe");
    }

    /**
     * @param reason the system's message for a failed write, e.g. "No space left on device"
     * @return the error (after "Error: ") for output that could not be written
     */
    public static String writeFailed(String reason) {
        return "Could not write the output (" + reason + "); check where stdout goes, e.g. free disk space";
    }
}
