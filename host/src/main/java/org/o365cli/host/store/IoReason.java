package org.o365cli.host.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Words for why a file operation failed. {@link FileSystemException#getMessage()} repeats the
 * path, which the caller's message already names, so only the reason is kept.
 */
public final class IoReason {

    private IoReason() {
    }

    /**
     * @param e the failure
     * @return the reason, without the path
     */
    public static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
