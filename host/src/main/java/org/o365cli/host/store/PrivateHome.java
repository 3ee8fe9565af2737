package org.o365cli.host.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Makes the files o365 keeps private under {@code O365_HOME} private again when they are found open to
 * other users (a copy, an unpack, a backup restore or a umask can leave them 0644): they hold tokens, or
 * say where the user signs in. Each one fixed gets one warning, so that the user can look for how it
 * happened. Only these files are touched; the folder and anything else in it keep their modes.
 */
public final class PrivateHome {

    /** The private files, relative to the home; {@code connections.json}'s corrupt copies are found by {@link Leftovers}. */
    static final List<String> FILES = List.of("connections.json", "connections.json.lock", "config.json", "discovery.json",
            "cache/command-index.bin", "sandbox/ca-key.pem");

    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    private PrivateHome() {
    }

    /**
     * @param home the user's state folder; may not exist yet
     * @param warn told one line for each file made private, or that could not be
     */
    public static void repair(Path home, Consumer<String> warn) {
        List<Path> files = new ArrayList<>();
        FILES.forEach(name -> files.add(home.resolve(name)));
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(home, Leftovers.CORRUPT_COPIES.formatted("connections.json"))) {
            copies.forEach(files::add);
        } catch (IOException e) {
            // No home yet, or one we cannot list: then there is nothing of ours in it to fix either.
        }
        for (Path file : files) {
            if (Files.isRegularFile(file)) {
                repairFile(file, warn);
            }
        }
    }

    private static void repairFile(Path file, Consumer<String> warn) {
        try {
            if (PrivateFiles.POSIX) {
                Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
                if (mode.stream().noneMatch(OTHERS::contains)) {
                    return;
                }
                Files.setPosixFilePermissions(file, PrivateFiles.OWNER_FILE);
                warn.accept("Warning: " + file + " was open to other users (mode " + PosixFilePermissions.toString(mode)
                        + "); o365 made it private (mode rw-------)");
            } else if (OwnerOnlyAcl.grantsOthers(file)) {
                OwnerOnlyAcl.apply(file);
                warn.accept("Warning: " + file + " was open to other users (its access list granted them access);"
                        + " o365 made it private (its owner alone)");
            }
        } catch (IOException e) {
            warn.accept("Warning: " + file + " may be open to other users and o365 could not make it private (" + IoReason.of(e)
                    + "); make it readable by you alone, e.g. chmod 600 " + file);
        }
    }
}
