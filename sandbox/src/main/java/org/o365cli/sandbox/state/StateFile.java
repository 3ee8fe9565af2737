package org.o365cli.sandbox.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.function.Function;

/**
 * One JSON file of the sandbox's state. Readers see a whole file or the one before it: every write
 * goes to a temporary file renamed over the old one. Writers take a lock file first, so that
 * processes sharing an {@code O365_HOME} apply their changes one after another.
 */
public final class StateFile {

    private final Path file;
    private final Path lock;
    private final ObjectMapper json;
    private Cached cached;

    /**
     * @param file where the state lives, e.g. {@code $O365_HOME/sandbox/state.json}
     * @param json the mapper
     */
    public StateFile(Path file, ObjectMapper json) {
        this.file = file;
        this.lock = file.resolveSibling(file.getFileName() + ".lock");
        this.json = json;
    }

    /**
     * The state as last written, or empty when there is none yet: a copy the caller may change.
     * The file is parsed again only when it was replaced (every write makes a new file).
     */
    public Optional<ObjectNode> read() {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Cached known = cached;
            if (known == null || !known.matches(attributes)) {
                known = new Cached(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size(),
                        (ObjectNode) json.readTree(file.toFile()));
                cached = known;
            }
            return Optional.of(known.state().deepCopy());
        } catch (IOException | ClassCastException e) {
            throw new SandboxStateException("The sandbox state " + file + " can't be read (" + e.getMessage()
                    + "); run 'o365 sandbox reset'");
        }
    }

    /**
     * Applies a change under the lock and writes the result, unless the change returns without
     * touching the state ({@code change} returns {@code Change.unchanged}).
     *
     * @param change gets the current state (empty when none) and returns the new state and a result
     * @return the change's result
     */
    public <T> T update(Function<Optional<ObjectNode>, Change<T>> change) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = acquire(channel)) {
                Change<T> result = change.apply(read());
                result.state().ifPresent(this::write);
                return result.value();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox state " + file + " can't be written: " + e.getMessage(), e);
        }
    }

    private void write(ObjectNode state) {
        Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            json.writeValue(temp.toFile(), state);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox state " + file + " can't be written: " + e.getMessage(), e);
        }
    }

    // Two threads of one JVM can't both hold a file lock; the second waits for the first.
    private static FileLock acquire(FileChannel channel) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException e) {
                if (attempt > 2000) {
                    throw new IOException("the sandbox state stayed locked by another thread", e);
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the sandbox state lock", interrupted);
                }
            }
        }
    }

    // A write renames a new file over the old one: another file key (inode) or, should an inode be reused, another time.
    private record Cached(Object fileKey, FileTime modified, long size, ObjectNode state) {
        boolean matches(BasicFileAttributes attributes) {
            return fileKey != null && fileKey.equals(attributes.fileKey()) && modified.equals(attributes.lastModifiedTime())
                    && size == attributes.size();
        }
    }

    /**
     * What a change did.
     *
     * @param state the new state to write, or empty to leave the file as it is
     * @param value what {@link #update} returns
     */
    public record Change<T>(Optional<ObjectNode> state, T value) {

        /** The state changed. */
        public static <T> Change<T> written(ObjectNode state, T value) {
            return new Change<>(Optional.of(state), value);
        }

        /** Nothing to write. */
        public static <T> Change<T> unchanged(T value) {
            return new Change<>(Optional.empty(), value);
        }
    }
}
