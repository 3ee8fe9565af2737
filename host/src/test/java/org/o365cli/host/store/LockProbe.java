package org.o365cli.host.store;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Another process trying the store's lock once: prints {@code taken} when it got it, {@code held} when someone holds it. */
public final class LockProbe {

    private LockProbe() {
    }

    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            System.out.println(lock == null ? "held" : "taken");
        }
    }
}
